using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Notifications;
using UnHabitat.Meetings.Domain.Sessions;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.DemoData;

internal sealed record DemoBodies(Body Assembly, Body Board, Body Pba, Body Communications);

/// <summary>
/// The sessions and meetings of the reference documents (dates, venues, chairs and agenda items as the
/// documents give them), plus the next PBA meeting ten days from today so that deadlines have work to do.
/// </summary>
internal static class DemoMeetings
{
    private const string Nairobi = "Africa/Nairobi";

    public static void Add(MeetingsDbContext db, DemoBodies bodies, Actor officer, Actor chair, DateTimeOffset now)
    {
        db.Sessions.AddRange(
            new Session(Guid.NewGuid(), bodies.Assembly.Id, 1, null, new DateOnly(2019, 5, 27), new DateOnly(2019, 5, 31), "Nairobi", null),
            new Session(Guid.NewGuid(), bodies.Assembly.Id, 2, null, new DateOnly(2023, 6, 5), new DateOnly(2023, 6, 9), "Nairobi", null),
            new Session(Guid.NewGuid(), bodies.Board.Id, 1, 2020, new DateOnly(2020, 6, 29), new DateOnly(2020, 6, 29), "Nairobi", null));
        var boardSession = new Session(Guid.NewGuid(), bodies.Board.Id, 2, 2020, new DateOnly(2020, 10, 27), new DateOnly(2020, 10, 29), "Online", "HSP/EB.2020/19");
        db.Sessions.Add(boardSession);

        var pba56 = Pba(bodies.Pba, 56, At(2024, 10, 16, 10), "UNON Conference Room 4", Modality.InPerson);
        var adoption = Item(pba56, "Adoption of the provisional agenda", null, officer);
        var resolutions = Item(pba56, "Implementation of all resolutions adopted by the United Nations Habitat Assembly at its first and second sessions", null, officer);
        Item(pba56, "Progress in the development of the international guidelines on people-centred smart cities, in line with resolution 2/1", resolutions, officer);
        Item(pba56, "Preparations for the first session of the open-ended intergovernmental expert working group on adequate housing for all, in line with resolution 2/7 and decision 2024/3 of the Executive Board", resolutions, officer);
        Item(pba56, "Operationalization of the SURGe Initiative to accelerate multilevel climate action, in line with resolution 2/5 and decision 2024/3 of the Executive Board", resolutions, officer);
        Item(pba56, "Any other business", null, officer);
        _ = adoption;
        var before = pba56.StartsAt.AddDays(-9);
        pba56.SubmitAgenda(officer, before);
        pba56.ApproveAgenda(bodies.Pba, chair, before.AddDays(1));
        pba56.AdoptAgenda(officer, pba56.StartsAt.AddMinutes(5), null);

        var communications = new Meeting(Guid.NewGuid(), bodies.Communications.Id, null, 1,
            new MeetingSchedule(At(2021, 6, 8, 10), At(2021, 6, 8, 11), Nairobi), "Online", Modality.Online,
            new MeetingChair(null, "Chair of the informal contact group", null));
        foreach (var title in new[]
        {
            "Implementation of action points from the previous informal contact group",
            "UN-Habitat communications priorities and updates",
            "UN-Habitat upcoming key communication opportunities",
            "Any other business",
            "Next meeting",
        })
        {
            Item(communications, title, null, officer);
        }

        var boardOpening = new Meeting(Guid.NewGuid(), bodies.Board.Id, boardSession.Id, 1,
            new MeetingSchedule(At(2020, 10, 27, 14), At(2020, 10, 27, 17), Nairobi), "Online", Modality.Online,
            new MeetingChair(null, "President of the Executive Board", null));
        BoardAgendaAsFarAsKnown(boardOpening, officer);

        // The next PBA meeting: agenda carried over from the 56th and waiting for the chair's approval.
        var today = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(Nairobi));
        var nextDay = new DateTimeOffset(today.Year, today.Month, today.Day, 10, 0, 0, TimeSpan.FromHours(3)).AddDays(10);
        var pba57 = Pba(bodies.Pba, 57, nextDay, "UNON Conference Room 4", Modality.Hybrid);
        pba57.StartAgendaFrom(pba56);
        pba57.SubmitAgenda(officer, now);
        db.Notifications.Add(new Notification(Guid.NewGuid(), chair.UserId, "AgendaAwaitsApproval",
            $"The provisional agenda of the {Meeting.TitleFor(57, bodies.Pba.Name)} awaits your approval.", $"/api/meetings/{pba57.Id}/agenda", now));

        db.Meetings.AddRange(pba56, communications, boardOpening, pba57);
    }

    /// <summary>
    /// The documents of the second session of 2020 name items 6 (c) (v) and 7 of its provisional agenda
    /// (HSP/EB.2020/19); the items before them are kept as numbered placeholders, not invented titles.
    /// </summary>
    private static void BoardAgendaAsFarAsKnown(Meeting meeting, Actor officer)
    {
        Guid? six = null;
        for (var n = 1; n <= 7; n++)
        {
            var title = n switch
            {
                6 => "Implementation of UN-Habitat strategic plans",
                7 => "Status of implementation of the resolutions and decisions adopted by the UN-Habitat Assembly at its first session",
                _ => $"Item {n} of the provisional agenda (title not given in the reference documents)",
            };
            var id = Item(meeting, title, null, officer);
            six = n == 6 ? id : six;
        }

        Item(meeting, "Sub-item 6 (a) (title not given in the reference documents)", six, officer);
        Item(meeting, "Sub-item 6 (b) (title not given in the reference documents)", six, officer);
        var c = Item(meeting, "Implementation of the strategic plan for the period 2020–2023", six, officer);
        for (var i = 1; i <= 4; i++)
        {
            Item(meeting, $"Sub-item 6 (c) ({RomanNumerals.Lower(i)}) (title not given in the reference documents)", c, officer);
        }

        Item(meeting, "Partnership strategy, including UN-Habitat engagement with the private sector and with non-governmental partners", c, officer);
    }

    private static Meeting Pba(Body pba, int number, DateTimeOffset start, string venue, Modality modality) =>
        new(Guid.NewGuid(), pba.Id, null, number, new MeetingSchedule(start, start.AddHours(3), Nairobi), venue, modality,
            new MeetingChair("H.E. Dr.", "Pedro Leon Cortes Ruiz", "Permanent Representative of the Republic of Colombia to UN-Habitat"));

    private static Guid Item(Meeting meeting, string title, Guid? parent, Actor officer)
    {
        var id = Guid.NewGuid();
        meeting.AddAgendaItem(id, title, parent, null, officer, meeting.StartsAt.AddDays(-20));
        return id;
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(3));
}
