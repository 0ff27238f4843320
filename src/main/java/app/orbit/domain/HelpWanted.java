package app.orbit.domain;

/** What an ask wants from the person asked. */
public enum HelpWanted {
    ADVICE, INTRODUCTION, LEAD
}
