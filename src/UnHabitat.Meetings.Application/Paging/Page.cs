using System.Buffers.Text;
using System.Collections;
using System.Globalization;
using System.Text;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace UnHabitat.Meetings.Application.Paging;

/// <summary>
/// Which page of a list the caller wants: at most <see cref="Limit"/> lines (default 50, at most 200),
/// starting where the page before ended (<see cref="After"/>, the opaque cursor its next link carried).
/// </summary>
public sealed record PageRequest(int? Limit = null, string? After = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>The first page of the default size.</summary>
    public static PageRequest First { get; } = new();

    public int Size => Limit ?? DefaultLimit;
}

/// <summary>A list query that answers one page at a time; a null <see cref="Page"/> asks for the whole list.</summary>
public interface IPagedQuery
{
    PageRequest? Page { get; }
}

/// <summary>Where the neighbouring pages of a list are, whatever its lines (for the pages' next/previous links).</summary>
public interface IPage
{
    /// <summary>The <c>after</c> of the next page; null on the last page.</summary>
    string? NextCursor { get; }

    /// <summary>The <c>after</c> of the previous page; null on the first page.</summary>
    string? PreviousCursor { get; }
}

/// <summary>
/// One page of a list: its lines in order, and the cursors of the next and previous pages (null at either end).
/// It is the list itself, so that a caller wanting only the lines reads it as one.
/// </summary>
public sealed class Page<T>(IReadOnlyList<T> items, string? next, string? previous) : IReadOnlyList<T>, IPage
{
    public IReadOnlyList<T> Items { get; } = items;

    public string? NextCursor { get; } = next;

    public string? PreviousCursor { get; } = previous;

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same page with its lines turned into others (a DTO completed after the query).</summary>
    public Page<TOther> Map<TOther>(Func<T, TOther> selector) => new([.. Items.Select(selector)], NextCursor, PreviousCursor);
}

/// <summary>
/// The one paging mechanism of the lists (ADR 024). The cursor is an opaque, versioned position in the
/// list's order, which always ends on the id so that no two lines tie; callers never build it, they follow
/// the next and previous links.
/// </summary>
public static class Paging
{
    private const string CursorPrefix = "p1.";

    /// <summary>
    /// One page of an ordered query, read in SQL (one line more than asked, to know whether a next page
    /// exists); the whole list when no page is asked for.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest? page, CancellationToken cancellationToken)
    {
        if (page is null)
        {
            return new Page<T>(await ordered.ToListAsync(cancellationToken).ConfigureAwait(false), null, null);
        }

        var start = StartOf(page);
        var lines = await ordered.Skip(start).Take(page.Size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Cut(lines, start, page.Size);
    }

    /// <summary>One page of a list already in memory (a meeting's own entries, kept in the aggregate's order).</summary>
    public static Page<T> ToPage<T>(this IEnumerable<T> ordered, PageRequest? page)
    {
        if (page is null)
        {
            return new Page<T>([.. ordered], null, null);
        }

        var start = StartOf(page);
        return Cut([.. ordered.Skip(start).Take(page.Size + 1)], start, page.Size);
    }

    /// <summary>What is wrong with a page request, named as the client sends it (<c>limit</c>, <c>after</c>).</summary>
    public static IEnumerable<ValidationFailure> Check(PageRequest? page)
    {
        if (page is null)
        {
            yield break;
        }

        if (page.Limit is < 1 or > PageRequest.MaxLimit)
        {
            yield return new ValidationFailure("limit", $"Ask for between 1 and {PageRequest.MaxLimit} lines a page ({PageRequest.DefaultLimit} when left out).");
        }

        if (page.After is not null && Offset(page.After) is null)
        {
            yield return new ValidationFailure("after", "This is not the address of a page of this list: follow the next and previous links, or start again from the first page.");
        }
    }

    private static int StartOf(PageRequest page) =>
        page.After is null ? 0 : Offset(page.After) ?? throw new ArgumentException("The page cursor was not checked.", nameof(page));

    private static Page<T> Cut<T>(List<T> lines, int start, int size)
    {
        var next = lines.Count > size ? Cursor(start + size) : null;
        var previous = start > 0 ? Cursor(Math.Max(0, start - size)) : null;
        return new Page<T>(lines.Count > size ? lines[..size] : lines, next, previous);
    }

    private static string Cursor(int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(CursorPrefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int? Offset(string cursor)
    {
        if (cursor.Length is 0 or > 40 || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : null;
    }
}
