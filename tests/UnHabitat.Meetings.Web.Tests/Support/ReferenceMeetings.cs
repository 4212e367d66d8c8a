using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Web.Tests.Fixtures;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// The reference meetings rebuilt through the API as the Secretariat would record them: the 56th PBA meeting
/// (seeds/003) and the informal contact group's meeting of 8 June 2021 (seeds/000).
/// </summary>
public static class ReferenceMeetings
{
    /// <summary>
    /// The 56th PBA meeting, its agenda adopted and its record complete; returns the ids of the interventions by
    /// paragraph number. <paramref name="asTyped"/>: topics spelt as the real document prints them
    /// ("Resolution 2/1- …", "Resolution 2/5: …"), as the Secretariat typed them, instead of one spelling each.
    /// </summary>
    public static async Task<(Guid Meeting, Dictionary<int, Guid> Interventions)> Pba56Async(MeetingsApp app, HttpClient secretariat, bool asTyped = false)
    {
        var interventions = new Dictionary<int, Guid>();
        var chair = await app.UserAsync(Roles.Chair);
        var body = await Bodies.CreateBodyAsync(secretariat, new
        {
            name = Pba56Reference.BodyName, shortName = "PBA", kind = "WorkingGroup", symbolPrefix = "HSP/EB",
            summaryStyle = "Numbered", attribution = "Anonymous", chairUserIds = new[] { chair.Id },
        });
        var meeting = await MeetingApi.CreateMeetingAsync(secretariat, body.Id, new
        {
            bodyId = body.Id, number = 56, startsAt = "2024-10-16T10:00:00+03:00", endsAt = "2024-10-16T13:00:00+03:00",
            timeZone = Pba56Reference.TimeZoneId, venue = Pba56Reference.Venue, modality = "InPerson", proceduralItems = false,
            chair = new { honorific = Pba56Reference.ChairHonorific, name = Pba56Reference.ChairName, function = Pba56Reference.ChairFunction },
        });
        var meetingId = meeting.Id;

        var items = new Dictionary<int, Guid>();
        foreach (var item in Pba56Reference.Agenda)
        {
            var agenda = await MeetingApi.AddAgendaItemAsync(secretariat, meetingId, item.Title);
            items[item.Number] = MeetingApi.ItemId(agenda, item.Title);
            foreach (var sub in item.SubItems)
            {
                await MeetingApi.AddAgendaItemAsync(secretariat, meetingId, sub, items[item.Number]);
            }
        }

        await Expect(MeetingApi.StepAsync(secretariat, meetingId, "submit"));
        await Expect(MeetingApi.StepAsync(chair.Client, meetingId, "approve"));
        await Expect(MeetingApi.StepAsync(secretariat, meetingId, "adopt"));
        await Expect(secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/record/opening", new { calledToOrderAt = "2024-10-16T10:05:00+03:00" }));
        await Expect(secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/record/closing", new { adjournedAt = "2024-10-16T13:05:00+03:00" }));

        foreach (var p in Pba56Reference.Paragraphs)
        {
            var itemId = items[p.AgendaItem];
            var topic = p.Topic is null || asTyped ? p.Topic : Pba56Reference.TopicSpellings.GetValueOrDefault(p.Topic, p.Topic);
            switch (p.Kind)
            {
                case EntryKind.Narrative or EntryKind.Briefing:
                    await Expect(secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/paragraphs",
                        new { agendaItemId = itemId, round = p.Round, kind = p.Kind.ToString(), text = p.Text, items = p.Items }, MeetingsApp.Json));
                    break;
                case EntryKind.Intervention:
                    var created = await Expect<InterventionDto>(secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/interventions", new
                    {
                        agendaItemId = itemId, round = p.Round, topic, isQuestion = p.IsQuestion, text = p.Text,
                        speaker = new { kind = p.Speaker!.Kind, memberState = p.Speaker.MemberState, memberStates = p.Speaker.MemberStates, onBehalfOf = p.Speaker.OnBehalfOf },
                    }, MeetingsApp.Json));
                    interventions[p.Number] = created.Id;
                    break;
                case EntryKind.Response:
                    await Expect(secretariat.PostAsJsonAsync($"/api/meetings/{meetingId}/responses",
                        new { agendaItemId = itemId, round = p.Round, topic, text = "The Secretariat " + p.Text }, MeetingsApp.Json));
                    break;
            }
        }

        return (meetingId, interventions);
    }

    /// <summary>The informal contact group's meeting, in the tabular style with named interventions in capitals.</summary>
    public static async Task<Guid> ContactGroupAsync(HttpClient officer)
    {
        var body = (await Bodies.CreateBodyAsync(officer, new
        {
            name = ContactGroupReference.BodyName, shortName = "ICG Communications", kind = "InformalGroup", symbolPrefix = "HSP/EB",
            summaryStyle = "Tabular", attribution = "NamedCapitals",
        })).Id;
        var meeting = (await MeetingApi.CreateMeetingAsync(officer, body, new
        {
            bodyId = body, startsAt = "2021-06-08T10:00:00+03:00", endsAt = "2021-06-08T11:00:00+03:00", timeZone = ContactGroupReference.TimeZoneId,
            venue = "Online", modality = "Online", proceduralItems = false, chair = new { name = "Chair of the informal contact group" },
        })).Id;

        var lines = ContactGroupReference.Present.Select(s => new { memberState = s, status = "Present", mode = "Online" })
            .Concat(ContactGroupReference.Apologies.Select(s => new { memberState = s, status = "Apologies", mode = "Online" }));
        (await MeetingApi.PutAttendanceAsync(officer, meeting, lines)).EnsureSuccessStatusCode();

        foreach (var row in ContactGroupReference.Rows)
        {
            var title = row.Title ?? "Next meeting";
            var item = MeetingApi.ItemId(await MeetingApi.AddAgendaItemAsync(officer, meeting, title), title);
            foreach (var point in row.Comments)
            {
                await Post(officer, $"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, kind = point.Numbered ? "Briefing" : "Narrative", text = point.Heading, items = point.Bullets });
            }

            foreach (var view in row.Views)
            {
                await Post(officer, $"/api/meetings/{meeting}/interventions", view switch
                {
                    { NamedMemberState: { } state } => (object)new { agendaItemId = item, text = view.Text, speaker = new { kind = "MemberState", memberState = state } },
                    { Subject: { } subject } => new { agendaItemId = item, text = view.Text, leadIn = subject, speaker = new { kind = "MemberStates", memberStates = new[] { "KE", "FR" } } },
                    _ => new { agendaItemId = item, text = view.Text, attribution = "Anonymous", speaker = new { kind = "MemberState", memberState = "KE" } },
                });
            }

            foreach (var response in row.Responses)
            {
                await Post(officer, $"/api/meetings/{meeting}/responses", new { agendaItemId = item, text = response });
            }

            if (row.Conclusion is not null)
            {
                await Post(officer, $"/api/meetings/{meeting}/paragraphs", new { agendaItemId = item, kind = "Conclusion", text = row.Conclusion });
            }
        }

        return meeting;
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
    }

    private static async Task<T> Expect<T>(Task<HttpResponseMessage> call) => await (await call).ReadAsync<T>();

    private static async Task Post(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, MeetingsApp.Json);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
    }
}
