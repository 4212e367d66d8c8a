using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.DemoData;

/// <summary>
/// Demo data the Secretariat would recognise: the UN-Habitat governing bodies and subsidiary bodies of the
/// reference documents, and one user per role. Loaded once, into an empty database only.
/// </summary>
public sealed class DemoDataLoader(MeetingsDbContext db, IUserAccounts accounts, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public const string Password = "Habitat-Demo-2026";

    // The members named in the informal contact group's summary of 8 June 2021 (present and apologies).
    private static readonly string[] CommunicationsGroupMembers = ["KE", "FR", "CN", "PL", "MX"];

    public static readonly IReadOnlyList<(string Email, string Name, string Role, string? MemberState)> Users =
    [
        ("secretariat@demo.unhabitat.org", "Secretariat officer (demo)", Roles.Secretariat, null),
        ("chair.pba@demo.unhabitat.org", "H.E. Dr. Pedro Leon Cortes Ruiz (demo chair)", Roles.Chair, null),
        ("delegate.kenya@demo.unhabitat.org", "Delegation of Kenya (demo)", Roles.Delegation, "KE"),
        ("delegate.france@demo.unhabitat.org", "Delegation of France (demo)", Roles.Delegation, "FR"),
    ];

    public async Task LoadAsync(CancellationToken ct)
    {
        if (await db.Bodies.AnyAsync(ct).ConfigureAwait(false))
        {
            return;
        }

        await unitOfWork.RunAsync("LoadDemoData", async () =>
        {
            var created = new Dictionary<string, Guid>(StringComparer.Ordinal);
            foreach (var (email, name, role, state) in Users)
            {
                var existing = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == email, ct).ConfigureAwait(false);
                created[email] = existing?.Id
                    ?? (await accounts.CreateAsync(new NewUserAccount(email, Password, name, [role], state), ct).ConfigureAwait(false)).Id;
            }

            var bodies = AddBodies(created["chair.pba@demo.unhabitat.org"]);
            var officer = new Actor(created["secretariat@demo.unhabitat.org"], "Secretariat officer (demo)");
            var chair = new Actor(created["chair.pba@demo.unhabitat.org"], "H.E. Dr. Pedro Leon Cortes Ruiz");
            DemoMeetings.Add(db, bodies, officer, chair, clock.GetUtcNow());
            DemoResolutions.Add(db, bodies.Assembly, officer, clock.GetUtcNow());
            FollowTheBodiesOfTheirStates(bodies, created);
            return true;
        }, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Each demo delegation follows the bodies its State sits on, as a mission would on its first day, so
    /// that its calendar and its notifications do not start empty.
    /// </summary>
    private void FollowTheBodiesOfTheirStates(DemoBodies bodies, Dictionary<string, Guid> users)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var meetings = db.Meetings.Local.ToList();
        foreach (var (email, _, role, state) in Users.Where(u => u.Role == Roles.Delegation && u.MemberState is not null))
        {
            foreach (var body in new[] { bodies.Assembly, bodies.Board, bodies.Pba, bodies.Communications }.Where(b => b.MembersOn(today).Contains(state!)))
            {
                var user = users[email];
                db.Subscriptions.Add(new Subscription(user, body.Id, []));
                db.Notifications.Add(new Notification(Guid.NewGuid(), user, "FollowingBody",
                    $"You follow the {body.Name}, of which your State is a member: its meetings are in your calendar, and its documents are notified here as they are posted or revised.",
                    "/delegation", now.AddMinutes(-2)));
                foreach (var meeting in meetings.Where(m => m.BodyId == body.Id))
                {
                    db.Notifications.Add(new Notification(Guid.NewGuid(), user, "MeetingInCalendar",
                        $"The {Meeting.TitleFor(meeting.Number, body.Name)}, {meeting.Schedule.LocalStart.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}, {meeting.Venue}, is in your calendar.",
                        $"/api/meetings/{meeting.Id}", now.AddMinutes(-1)));
                }
            }
        }
    }

    private DemoBodies AddBodies(Guid pbaChair)
    {
        var assembly = new Body(Guid.NewGuid(), "United Nations Habitat Assembly", "Assembly", BodyKind.Assembly, "HSP/HA", SummaryStyle.Journal, AttributionPolicy.NamedCapitals);
        var board = new Body(Guid.NewGuid(), "Executive Board of the United Nations Human Settlements Programme", "Executive Board", BodyKind.ExecutiveBoard, "HSP/EB", SummaryStyle.Journal, AttributionPolicy.NamedCapitals);
        board.PlaceUnder(assembly.Id, []);
        var pba = new Body(Guid.NewGuid(), "Ad hoc working group on programmatic, budgetary and administrative matters of the Executive Board", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        pba.PlaceUnder(board.Id, [assembly.Id]);
        pba.AppointChairs([pbaChair]);
        var bureau = new Body(Guid.NewGuid(), "Bureau of the Executive Board", "EB Bureau", BodyKind.Bureau, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        bureau.PlaceUnder(board.Id, [assembly.Id]);
        var joint = new Body(Guid.NewGuid(), "Joint Bureaux of the UN-Habitat Assembly and the Executive Board", "Joint Bureaux", BodyKind.Bureau, "HSP/HA", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        joint.PlaceUnder(assembly.Id, []);
        var communications = new Body(Guid.NewGuid(), "Informal contact group on communications", "ICG Communications", BodyKind.InformalGroup, "HSP/EB", SummaryStyle.Tabular, AttributionPolicy.NamedCapitals);
        communications.PlaceUnder(board.Id, [assembly.Id]);
        var start = new DateOnly(2021, 1, 1);
        communications.SetMembers(CommunicationsGroupMembers.Select(s => new BodyMembership(s, start, null)));
        db.Bodies.AddRange(assembly, board, pba, bureau, joint, communications);
        return new DemoBodies(assembly, board, pba, communications);
    }
}
