package io.storyline.analyze.time;

/** How precisely a time expression names its time: a day, a month or a year. */
enum Granularity {
    DAY,
    MONTH,
    YEAR
}
