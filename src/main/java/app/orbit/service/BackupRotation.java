package app.orbit.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the 7 most recent days that have one, and the
 * newest of each of the 4 most recent ISO weeks that have one. Counting days and weeks that
 * have a backup, rather than calendar days, means a month away never wipes every backup.
 * The newest verified backup is always kept besides: a newer unverified one (a copy of the
 * database kept before a restore, which may be damaged) never pushes the last good one out.
 */
public final class BackupRotation {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;

    private BackupRotation() {
    }

    /** The backups to keep, among all of them; the rest may be deleted. */
    public static Set<Backup> keep(List<Backup> backups, ZoneId zone) {
        List<Backup> newestFirst = backups.stream().sorted(Backup.NEWEST_FIRST).toList();
        Map<LocalDate, Backup> byDay = new LinkedHashMap<>();
        Map<String, Backup> byWeek = new LinkedHashMap<>();
        for (Backup b : newestFirst) {
            LocalDate day = LocalDate.ofInstant(b.takenAt(), zone);
            if (byDay.size() < DAILY || byDay.containsKey(day)) {
                byDay.putIfAbsent(day, b);
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (byWeek.size() < WEEKLY || byWeek.containsKey(week)) {
                byWeek.putIfAbsent(week, b);
            }
        }
        Set<Backup> keep = new LinkedHashSet<>(byDay.values());
        keep.addAll(byWeek.values());
        newestFirst.stream().filter(Backup::verified).findFirst().ifPresent(keep::add);
        return keep;
    }
}
