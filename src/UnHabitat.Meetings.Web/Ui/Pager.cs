using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The "previous" and "next" links under a paged list of a page (<c>_Pager</c>): <paramref name="Path"/> is the
/// list's own address, <paramref name="Label"/> names the list for screen readers ("Pages of the decisions"),
/// <paramref name="Parameter"/> is where the address carries the list's cursor (<c>after</c> unless a page shows two lists).
/// </summary>
public sealed record Pager(IPage Page, string Path, string Label, string Parameter = UnHabitat.Meetings.Web.Api.PagingLinks.AfterParameter);
