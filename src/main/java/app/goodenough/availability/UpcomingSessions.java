package app.goodenough.availability;

/**
 * What changing the hours must know about sessions already booked: how many of the signed-in
 * coach's upcoming sessions lie outside their current working hours. Bookings answer it; the
 * availability feature asks without depending on them.
 */
public interface UpcomingSessions {

    int myUpcomingSessionsOutsideHours();
}
