using System.Net;
using System.Text;
using System.Text.Json;

// A namespace of its own, so that an extension method of the same name added to Support later cannot make calls ambiguous.
namespace UnHabitat.Meetings.Web.Tests.Support.Typed;

/// <summary>Answers that tests hold as JSON, or as text, read as the Application's own types.</summary>
public static class TypedReadsB
{
    /// <summary>An answer a helper already read as JSON (the browser tests' PostAsync, a page of any list), read as the DTO it is.</summary>
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
}
