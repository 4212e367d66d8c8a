using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Search;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>The search form as typed; the names are the API's, so an address works on both.</summary>
public sealed class SearchForm
{
    public string? Q { get; set; }

    public string? Kind { get; set; }

    public Guid? BodyId { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Lang { get; set; }

    public int Offset { get; set; }
}

public sealed record SearchPage(SearchForm Form, IReadOnlyList<BodyDto> Bodies, SearchResults? Results, bool SignedIn)
{
    public const int PageSize = 20;
}

/// <summary>
/// One search page for everyone: the Secretariat finds everything it may read (the record, drafts), a chair
/// also the record and drafts of the bodies they chair, a delegation and the public what is published for them
/// (ADR 014, ADR 023). The use case decides, as for <c>GET /api/search</c>.
/// </summary>
[Route("search")]
[AllowAnonymous]
public sealed class SearchPagesController : UiController
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["q"] = nameof(SearchForm.Q),
        ["kind"] = nameof(SearchForm.Kind),
        ["from"] = nameof(SearchForm.From),
        ["to"] = nameof(SearchForm.To),
        ["lang"] = nameof(SearchForm.Lang),
        ["offset"] = nameof(SearchForm.Offset),
    };

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SearchForm form)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        IReadOnlyList<BodyDto> bodies = signedIn ? await Mediator.Send(new ListBodies()) : [];

        // An empty box is the page before a search, not a mistake; anything else the use case checks.
        var results = string.IsNullOrWhiteSpace(form.Q) || !ModelState.IsValid
            ? null
            : await TrySendAsync(new SearchArchive(form.Q, string.IsNullOrEmpty(form.Kind) ? null : form.Kind, form.BodyId, Blank(form.From), Blank(form.To),
                string.IsNullOrEmpty(form.Lang) ? null : form.Lang, SearchPage.PageSize, form.Offset), null, typeof(SearchForm), Fields);
        return View(new SearchPage(form, bodies, results, signedIn));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
