using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Auditing;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class AuditFilterForm
{
    public string? Who { get; set; }

    public string? What { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Meeting { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record AuditPage(AuditLogPage Log, AuditFilterForm Filter);

/// <summary>
/// The audit log for administrators: who did what, when, to which meeting, sign-ins included. Days are the
/// Secretariat's days (Nairobi), as the times on the page are.
/// </summary>
[Route("admin/audit")]
[Authorize(Roles = Roles.Administrator)]
public sealed class AdminAuditController : UiController
{
    private const string SecretariatTimeZone = "Africa/Nairobi";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilterForm filter)
    {
        filter.Page = Math.Max(1, filter.Page);
        var empty = new AuditLogPage([], filter.Page, false, false);
        if (!ModelState.IsValid)
        {
            // A date that could not be read: say so next to the filters rather than show an unfiltered log.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new AuditPage(empty, filter));
        }

        var log = await TrySendAsync(
            new ReadAuditLog(filter.Who, filter.What, StartOf(filter.From), StartOf(filter.To?.AddDays(1))?.AddTicks(-1), filter.Meeting, filter.Page),
            null,
            typeof(AuditFilterForm));
        return View(new AuditPage(log ?? empty, filter));
    }

    /// <summary>Midnight at the start of the day on the Secretariat's clock (UTC if the zone is unknown).</summary>
    private static DateTimeOffset? StartOf(DateOnly? day)
    {
        if (day is not { } d)
        {
            return null;
        }

        var midnight = d.ToDateTime(TimeOnly.MinValue);
        var offset = TimeZoneInfo.TryFindSystemTimeZoneById(SecretariatTimeZone, out var zone) ? zone.GetUtcOffset(midnight) : TimeSpan.Zero;
        return new DateTimeOffset(midnight, offset);
    }
}
