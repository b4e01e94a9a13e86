package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactDetailsTest {

    @Test
    void telephoneNumbersAndAddressesAreContactDetails() {
        assertTrue(ContactDetails.in("The news manager is Jane Roe, 404-555-0129, jroe(at)example.com."));
        assertTrue(ContactDetails.in("If you need a resend, please call the desk at (212) 555-0188."));
        assertTrue(ContactDetails.in("Readers can reach the bureau on +44 20 7946 0958 until noon."));
        assertTrue(ContactDetails.in("Tips go to the newsroom at tips@example.org, the editor said."));
        assertTrue(ContactDetails.in("Write to the night editor, jdoe [at] example.net, with corrections."));
        assertTrue(ContactDetails.in("The agency's number is 310 555 0142 for all inquiries, she said."));
        assertTrue(ContactDetails.in("The London desk is on +44 (0)20 7946 0018 through the night."));
    }

    @Test
    void theyAreTakenOutOfATextAndNothingElse() {
        assertEquals("Call   or write to   today.",
                ContactDetails.removedFrom("Call (212) 555-0188 or write to tips@example.org today."));
        String story = "The 1998-2000 drought cost farmers $1,350,000, officials said.";
        assertEquals(story, ContactDetails.removedFrom(story));
    }

    @Test
    void numbersOfTheStoryAreNot() {
        assertFalse(ContactDetails.in("The 1998-2000 drought cost farmers $1,350,000, officials said."));
        assertFalse(ContactDetails.in("The jet flew at 1,350 mph and 60,000 feet, completing 2,100 flights."));
        assertFalse(ContactDetails.in("Voters approved the measure 52-48 on 11-03-1998 after a long count."));
        assertFalse(ContactDetails.in("The company said at a meeting that it would cut 4,500 jobs by 2001."));
        assertFalse(ContactDetails.in("He was arrested at (his home) on Friday, police said."));
    }
}
