using System.Net.Http.Json;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Resolutions;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>Who calls, in the read-access tests and the endpoint census.</summary>
public enum Caller
{
    Anonymous,
    MemberDelegation,
    NonMemberDelegation,
    ChairOfThisBody,
    ChairOfAnotherBody,
    Secretariat,
    Administrator,
}

/// <summary>
/// A meeting as the census varies it: of a body whose documents are General or Restricted, and still in
/// draft (agenda not submitted, document and summary unpublished) or published (agenda approved, document
/// and summary published).
/// </summary>
public enum Variant
{
    GeneralDraft,
    GeneralPublished,
    RestrictedDraft,
    RestrictedPublished,
}

/// <summary>One meeting of the world with what it holds: an agenda item, a document (distributed as its body's), a record, an action point.</summary>
public sealed record Place(Guid BodyId, Guid MeetingId, Guid AgendaItemId, Guid DocumentId, string Symbol);

/// <summary>
/// The data the read-access tests and the census share, built once through the API: two bodies chaired by the
/// same chair, one with General and one with Restricted documents, both with Kenya and France as members; a
/// third body with a chair of its own; in each of the two, a draft and a published meeting.
/// </summary>
public sealed class AccessWorld
{
    public const string MemberState = "KE";
    public const string NonMemberState = "BR";

    /// <summary>What every meeting's intervention is about, so that the resolution's history spans all four meetings.</summary>
    public const string ResolutionTopic = "Resolution 3/4 - Sustainable urban mobility";

    private AccessWorld(IReadOnlyDictionary<Caller, HttpClient> clients, IReadOnlyDictionary<Caller, string> emails, IReadOnlyDictionary<Variant, Place> places, Guid otherBodyId, Guid resolutionId)
    {
        Clients = clients;
        _emails = emails;
        Places = places;
        OtherBodyId = otherBodyId;
        ResolutionId = resolutionId;
    }

    private readonly IReadOnlyDictionary<Caller, string> _emails;

    public IReadOnlyDictionary<Caller, HttpClient> Clients { get; }

    public IReadOnlyDictionary<Variant, Place> Places { get; }

    /// <summary>The body the "chair of another body" chairs.</summary>
    public Guid OtherBodyId { get; }

    /// <summary>Resolution 3/4 of the Assembly, spoken about in every meeting of the world.</summary>
    public Guid ResolutionId { get; }

    public HttpClient this[Caller caller] => Clients[caller];

    /// <summary>A browser of the caller, signed in through the sign-in form (the cookie), that follows no redirect.</summary>
    public async Task<HttpClient> BrowserAsync(MeetingsApp app, Caller caller)
    {
        var browser = app.Anonymous();
        if (caller != Caller.Anonymous)
        {
            var password = caller == Caller.Administrator ? MeetingsApp.AdminPassword : MeetingsApp.UserPassword;
            using var signedIn = await SignInPage.SignInAsync(browser, _emails[caller], password);
            Assert.That((int)signedIn.StatusCode, Is.EqualTo(302), $"{caller} signs in with the form");
        }

        return browser;
    }

    public static async Task<AccessWorld> BuildAsync(MeetingsApp app)
    {
        var secretariatUser = await app.UserAsync(Roles.Secretariat);
        var secretariat = secretariatUser.Client;
        var chair = await app.UserAsync(Roles.Chair);
        var otherChair = await app.UserAsync(Roles.Chair);
        var member = await app.UserAsync(Roles.Delegation, MemberState);
        var nonMember = await app.UserAsync(Roles.Delegation, NonMemberState);
        var clients = new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = app.Anonymous(),
            [Caller.MemberDelegation] = member.Client,
            [Caller.NonMemberDelegation] = nonMember.Client,
            [Caller.ChairOfThisBody] = chair.Client,
            [Caller.ChairOfAnotherBody] = otherChair.Client,
            [Caller.Secretariat] = secretariat,
            [Caller.Administrator] = await app.AdministratorAsync(),
        };
        var emails = new Dictionary<Caller, string>
        {
            [Caller.MemberDelegation] = member.Email,
            [Caller.NonMemberDelegation] = nonMember.Email,
            [Caller.ChairOfThisBody] = chair.Email,
            [Caller.ChairOfAnotherBody] = otherChair.Email,
            [Caller.Secretariat] = secretariatUser.Email,
            [Caller.Administrator] = MeetingsApp.AdminEmail,
        };

        var otherBody = await BodyAsync(secretariat, "General", otherChair.Id);
        var resolution = await ResolutionAsync(secretariat);
        var places = new Dictionary<Variant, Place>();
        foreach (var distribution in new[] { "General", "Restricted" })
        {
            var body = await BodyAsync(secretariat, distribution, chair.Id);
            places[Enum.Parse<Variant>(distribution + "Draft")] = await MeetingAsync(secretariat, chair.Client, body, distribution, "2031-03-10T10:00:00+03:00", publish: false);
            places[Enum.Parse<Variant>(distribution + "Published")] = await MeetingAsync(secretariat, chair.Client, body, distribution, "2024-10-16T10:00:00+03:00", publish: true);
        }

        return new AccessWorld(clients, emails, places, otherBody, resolution);
    }

    private static async Task<Guid> BodyAsync(HttpClient secretariat, string distribution, Guid chairId)
    {
        var body = (await Bodies.CreateBodyAsync(secretariat, Bodies.With(Bodies.Working(chairUserIds: [chairId]), ("documentDistribution", distribution)))).Id;
        await Bodies.SetMembersAsync(secretariat, body, "2020-01-01", MemberState, "FR");
        return body;
    }

    private static async Task<Place> MeetingAsync(HttpClient secretariat, HttpClient chair, Guid body, string distribution, string startsAt, bool publish)
    {
        var meeting = (await MeetingApi.CreateMeetingAsync(secretariat, body, MeetingApi.ThreeHoursFrom(body, startsAt))).Id;
        var item = (await MeetingApi.ReadAgendaAsync(secretariat, meeting)).Items[0].Id;
        var document = await Expect<DocumentDto>(secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/documents",
            new { title = "Report of the Executive Director", category = "Report", distribution, originalLanguage = "en", required = true }, MeetingsApp.Json));
        var documentId = document.Id;
        await Expect(secretariat.PutAsync($"/api/documents/{documentId}/files/en", Files.Form(Files.Pdf("report"), "report.pdf")));
        await Expect(secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/interventions",
            new { agendaItemId = item, topic = ResolutionTopic, text = "asked about the timeline of the guidelines.", speaker = new { kind = "MemberState", memberState = MemberState } }, MeetingsApp.Json));
        await Expect(secretariat.PostAsJsonAsync($"/api/meetings/{meeting}/action-points",
            new { text = "Circulate the revised guidelines to the members.", owner = "The Secretariat" }, MeetingsApp.Json));
        if (publish)
        {
            await Expect(MeetingApi.StepAsync(secretariat, meeting, "submit"));
            await Expect(MeetingApi.StepAsync(chair, meeting, "approve"));
            await Expect(MeetingApi.VersionedPostAsync(secretariat, $"/api/documents/{documentId}/publish", new { lateJustification = "Posted late for the test." }));
            await Expect(MeetingApi.VersionedPostAsync(secretariat, $"/api/meetings/{meeting}/summary/submit"));
            await Expect(MeetingApi.VersionedPostAsync(chair, $"/api/meetings/{meeting}/summary/clear"));
            await Expect(MeetingApi.VersionedPostAsync(secretariat, $"/api/meetings/{meeting}/summary/publish"));
        }

        return new Place(body, meeting, item, documentId, document.Symbol);
    }

    private static async Task<Guid> ResolutionAsync(HttpClient secretariat)
    {
        var assembly = (await Bodies.CreateBodyAsync(secretariat, Bodies.Assembly())).Id;
        var resolution = await Expect<ResolutionDto>(secretariat.PostAsJsonAsync("/api/resolutions", new
        {
            bodyId = assembly,
            symbol = "HSP/HA.3/RES.4",
            title = "Sustainable urban mobility",
            year = 2025,
            isTimeBound = false,
            operativeParagraphs = new[] { new { number = "OP1", text = "Paragraph 1." } },
            documents = Array.Empty<string>(),
        }, MeetingsApp.Json));
        return resolution.Id;
    }

    private static async Task Expect(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.ExplainAsync());
    }

    private static async Task<T> Expect<T>(Task<HttpResponseMessage> call) => await (await call).ReadAsync<T>();
}
