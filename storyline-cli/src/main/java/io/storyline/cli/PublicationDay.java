package io.storyline.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code --date}'s value: a day written YYYY-MM-DD, else a usage error that says what a day looks like
 * (picocli's own message was Java's parse error: "Text 'x' could not be parsed at index 0").
 */
final class PublicationDay implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date: give the day as YYYY-MM-DD (e.g. 2024-05-02)");
        }
    }
}
