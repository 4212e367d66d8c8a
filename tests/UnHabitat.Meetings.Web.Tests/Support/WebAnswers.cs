namespace UnHabitat.Meetings.Web.Tests.Support;

// The Web layer answers some requests with anonymous objects, which have no type a test could read them as:
// these records mirror only the fields the tests check.

/// <summary>The answer to issuing a personal calendar feed (POST /api/me/calendar-feeds).</summary>
public sealed record CalendarFeedAnswer(string Url);
