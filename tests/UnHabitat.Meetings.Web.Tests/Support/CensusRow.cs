namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// One line of a census table (the API's in <see cref="EndpointCensusTests"/>, the pages' in
/// <see cref="PageCensusTests"/>): a route as called, and the answer of each caller in <see cref="Caller"/> order.
/// </summary>
internal sealed class CensusRow
{
    public CensusRow(string route, params string[] expected)
    {
        if (expected.Length != 7 || !expected.All(e => e.Length is 1 or 4))
        {
            throw new ArgumentException($"{route}: one answer per caller (7), each one letter or four.", nameof(expected));
        }

        Method = route.Split(' ', 2)[0];
        Path = route.Split(' ', 2)[1].Trim();
        Expected = expected;
    }

    public string Method { get; }

    public string Path { get; }

    public IReadOnlyList<string> Expected { get; }

    public bool DependsOnMeeting => new[] { "{meeting}", "{document}", "{body}", "{symbol}" }.Any(p => Path.Contains(p, StringComparison.Ordinal));
}
