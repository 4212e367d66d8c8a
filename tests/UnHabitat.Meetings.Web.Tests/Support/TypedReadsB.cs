using System.Net;
using System.Text;
using System.Text.Json;
using UnHabitat.Meetings.Application.Agendas;

// A namespace of its own: the Support helpers are being given typed twins in parallel, and two extension
// methods of one name in one namespace would make every call ambiguous.
namespace UnHabitat.Meetings.Web.Tests.Support.Typed;

/// <summary>Answers the existing Support helpers hand back as JSON, read as the Application's own types.</summary>
public static class TypedReadsB
{
    /// <summary>An answer already read as JSON (e.g. by <see cref="MeetingApi.CreateAsync"/>), read as the DTO it is.</summary>
    public static T AsDto<T>(this JsonElement json) => json.Deserialize<T>(MeetingsApp.Json)!;

    /// <summary>
    /// A refusal's text read as problem details: an answer's body can be read as JSON only once, so a test that
    /// asks several things of one refusal reads its text and then this.
    /// </summary>
    public static async Task<Problem> ProblemFromTextAsync(HttpStatusCode status, string text)
    {
        using var again = new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/problem+json") };
        return await again.ProblemAsync();
    }

    /// <summary>Every item of the agenda as "number title", in reading order.</summary>
    public static IEnumerable<string> Outline(AgendaDto agenda) => Walk(agenda.Items);

    public static Guid ItemId(AgendaDto agenda, string title) => All(agenda.Items).Single(i => i.Title == title).Id;

    private static IEnumerable<string> Walk(IEnumerable<AgendaItemDto> items) =>
        items.SelectMany(i => new[] { $"{i.Number} {i.Title}" }.Concat(Walk(i.Children)));

    private static IEnumerable<AgendaItemDto> All(IEnumerable<AgendaItemDto> items) =>
        items.SelectMany(i => new[] { i }.Concat(All(i.Children)));
}
