using BenchmarkDotNet.Attributes;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// Replacing a body's membership checks every State's terms for overlap; the Assembly has all 193
/// members, each with a run of terms. Compared with a body of 36 (the Executive Board's size).
/// </summary>
[MemoryDiagnoser]
public class MembershipBenchmarks
{
    private BodyMembership[] _board = [];
    private BodyMembership[] _assembly = [];

    [GlobalSetup]
    public void Setup()
    {
        _assembly = [.. MemberStates.All.Where(s => !s.IsObserver).SelectMany(Terms)];
        _board = [.. MemberStates.All.Take(36).SelectMany(Terms)];
    }

    [Benchmark(Baseline = true)]
    public int ExecutiveBoardOf36() => Replace(_board);

    [Benchmark]
    public int AssemblyOf193() => Replace(_assembly);

    private static int Replace(BodyMembership[] members)
    {
        var body = new Body(Guid.NewGuid(), "Body", "B", BodyKind.Assembly, "HSP/HA", SummaryStyle.Journal, AttributionPolicy.NamedCapitals);
        body.SetMembers(members);
        return body.Members.Count;
    }

    private static IEnumerable<BodyMembership> Terms(MemberState state) =>
        Enumerable.Range(0, 4).Select(i => new BodyMembership(state.Code, new DateOnly(2019 + (i * 4), 1, 1), new DateOnly(2022 + (i * 4), 12, 31)));
}
