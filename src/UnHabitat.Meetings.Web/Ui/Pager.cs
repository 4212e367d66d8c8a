using UnHabitat.Meetings.Application.Paging;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The "previous" and "next" links under a paged list of a page (<c>_Pager</c>): <paramref name="Path"/> is the
/// list's own address, <paramref name="Label"/> names the list for screen readers ("Pages of the decisions").
/// </summary>
public sealed record Pager(IPage Page, string Path, string Label);
