package app.goodenough.calendar.ui;

import app.goodenough.availability.TimeWindow;
import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CalendarPeriod;
import app.goodenough.schedule.BlockedTime;
import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The day and week views: one column per day on an hour scale, with working hours as a
 * light background, blocked time hatched (busy times of other calendars grey), and bookings as blocks sized by their length.
 * Bookings that overlap (a cancelled one and its replacement, say) share the width side by side.
 * A click on a free stretch says which day and quarter hour it was.
 */
class TimeGrid extends Div {

    private static final int FIRST_HOUR = 7;
    private static final int LAST_HOUR = 21;
    /** Sent with a click on a day: how far down, how tall the day is, and whether it hit free space rather than an entry. */
    static final String CLICKED_AT = "event.clientY - element.getBoundingClientRect().top";
    static final String HEIGHT = "element.getBoundingClientRect().height";
    static final String ON_FREE_SPACE = "event.target === element || event.target.classList.contains('working-hours')";

    private final CalendarPeriod period;
    private final int firstMinute;
    private final int lastMinute;

    TimeGrid(CalendarPeriod period, Consumer<CalendarEntry> onOpen, Consumer<BlockedTime> onBlockOpen, BiConsumer<LocalDate, LocalTime> onEmpty) {
        this.period = period;
        this.firstMinute = Math.min(FIRST_HOUR * 60, earliestMinute());
        this.lastMinute = Math.max(LAST_HOUR * 60, latestMinute());
        addClassName("time-grid");
        getStyle().set("--hours", String.valueOf((lastMinute - firstMinute) / 60.0));
        add(axis());
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            add(column(day, onOpen, onBlockOpen, onEmpty));
        }
    }

    private Div axis() {
        Div axis = new Div(new Span(""));
        axis.addClassName("time-axis");
        Div hours = new Div();
        hours.addClassName("day-body");
        for (int minute = firstMinute - firstMinute % 60; minute < lastMinute; minute += 60) {
            Span label = new Span(DateFormats.current().time(LocalTime.of(minute / 60 % 24, 0)));
            label.addClassName("hour-label");
            label.getStyle().set("top", percent(minute));
            hours.add(label);
        }
        axis.add(hours);
        return axis;
    }

    private Div column(LocalDate day, Consumer<CalendarEntry> onOpen, Consumer<BlockedTime> onBlockOpen, BiConsumer<LocalDate, LocalTime> onEmpty) {
        Span heading = new Span(DateFormats.current().shortDay(day));
        heading.addClassName("day-heading");
        Div body = new Div();
        body.addClassName("day-body");
        body.getElement().addEventListener("click", click -> onEmpty.accept(day, timeAt(
                        click.getEventData().path(CLICKED_AT).asDouble(0), click.getEventData().path(HEIGHT).asDouble(0))))
                .addEventData(CLICKED_AT).addEventData(HEIGHT)
                .setFilter(ON_FREE_SPACE);
        for (TimeWindow window : period.workingHours().getOrDefault(day, List.of())) {
            body.add(positioned(new Div(), "working-hours", minuteOf(window.start()), minuteOf(window.end())));
        }
        for (BlockedTime block : period.blocks()) {
            clip(day, block.start(), block.end()).ifPresent(minutes -> {
                Div hatched = positioned(new Div(new Span(block.note().isBlank() ? "Blocked" : block.note())),
                        block.elsewhere() ? "busy-elsewhere" : "blocked", minutes[0], minutes[1]);
                if (!block.elsewhere()) {
                    hatched.addClickListener(click -> onBlockOpen.accept(block));
                }
                body.add(hatched);
            });
        }
        List<CalendarEntry> entries = period.entries().stream()
                .filter(entry -> entry.start().atZone(period.zone()).toLocalDate().equals(day)).toList();
        int[] lanes = lanes(entries);
        int laneCount = Arrays.stream(lanes).max().orElse(0) + 1;
        for (int i = 0; i < entries.size(); i++) {
            CalendarEntry entry = entries.get(i);
            EntryBlock block = new EntryBlock(entry, period.zone(), onOpen);
            positioned(block, null, minuteOf(entry.start()), minuteOf(entry.end()));
            block.getStyle().set("left", (100.0 * lanes[i] / laneCount) + "%").set("width", (100.0 / laneCount) + "%");
            body.add(block);
        }
        Div column = new Div(heading, body);
        column.addClassName("day-column");
        return column;
    }

    /** Greedy lanes: each entry takes the first lane whose last entry has ended. */
    private static int[] lanes(List<CalendarEntry> entries) {
        int[] lanes = new int[entries.size()];
        List<Instant> laneEnds = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(entries.get(i).start())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(entries.get(i).end());
            } else {
                laneEnds.set(lane, entries.get(i).end());
            }
            lanes[i] = lane;
        }
        return lanes;
    }

    /** The quarter hour at {@code offset} pixels down a day's column {@code height} pixels tall. */
    LocalTime timeAt(double offset, double height) {
        double share = height <= 0 ? 0 : Math.clamp(offset / height, 0, 1);
        int minute = (int) (firstMinute + share * (lastMinute - firstMinute));
        return LocalTime.MIN.plusMinutes(Math.min(minute - minute % 15, 24 * 60 - 15));
    }

    private Optional<int[]> clip(LocalDate day, Instant start, Instant end) {
        Instant dayStart = day.atStartOfDay(period.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(period.zone()).toInstant();
        if (!start.isBefore(dayEnd) || !end.isAfter(dayStart)) {
            return Optional.empty();
        }
        int from = start.isBefore(dayStart) ? 0 : minuteOf(start);
        int to = end.isAfter(dayEnd) ? 24 * 60 : minuteOf(end);
        return Optional.of(new int[] {from, to});
    }

    private <T extends Div> T positioned(T block, String className, int fromMinute, int toMinute) {
        if (className != null) {
            block.addClassName(className);
        }
        int from = Math.max(fromMinute, firstMinute);
        int to = Math.min(toMinute, lastMinute);
        block.getStyle().set("top", percent(from)).set("height", ((to - from) * 100.0 / (lastMinute - firstMinute)) + "%");
        return block;
    }

    private String percent(int minute) {
        return ((minute - firstMinute) * 100.0 / (lastMinute - firstMinute)) + "%";
    }

    private int minuteOf(Instant instant) {
        return minuteOf(instant.atZone(period.zone()).toLocalTime());
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private int earliestMinute() {
        return period.entries().stream().mapToInt(entry -> minuteOf(entry.start())).min().orElse(24 * 60);
    }

    private int latestMinute() {
        return period.entries().stream().mapToInt(entry -> {
            int end = minuteOf(entry.end());
            return end == 0 ? 24 * 60 : end;
        }).max().orElse(0);
    }
}
