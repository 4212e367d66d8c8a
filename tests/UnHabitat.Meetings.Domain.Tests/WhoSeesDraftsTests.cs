using UnHabitat.Meetings.Domain.Bodies;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>The one rule for a body's work in progress (ADR 014).</summary>
[TestFixture]
public sealed class WhoSeesDraftsTests
{
    private static readonly Guid OwnChair = Guid.NewGuid();
    private static readonly Guid ChairOfAnotherBody = Guid.NewGuid();

    [Test]
    public void Only_the_secretariat_and_the_bodys_own_chairs_see_its_drafts()
    {
        var body = new Body(Guid.NewGuid(), "Ad hoc working group", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        body.AppointChairs([OwnChair]);

        Assert.That(body.ShowsDraftsTo(servesEveryBody: true, chairUserId: null), Is.True, "the Secretariat");
        Assert.That(body.ShowsDraftsTo(servesEveryBody: false, chairUserId: OwnChair), Is.True, "a chair of this body");
        Assert.That(body.ShowsDraftsTo(servesEveryBody: false, chairUserId: ChairOfAnotherBody), Is.False, "a chair of another body");
        Assert.That(body.ShowsDraftsTo(servesEveryBody: false, chairUserId: null), Is.False, "a delegation or the public");
    }
}
