using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class BodyTests
{
    private static readonly DateOnly January2024 = new(2024, 1, 1);

    [Test]
    public void A_new_body_is_version_1_and_keeps_the_seven_day_rule_by_default()
    {
        var body = Pba();

        Assert.That(body.Version, Is.EqualTo(1));
        Assert.That(body.DocumentDeadlineDays, Is.EqualTo(7));
    }

    [Test]
    public void A_body_cannot_be_placed_under_itself()
    {
        var body = Pba();

        var error = Assert.Throws<DomainRuleException>(() => body.PlaceUnder(body.Id, []));

        Assert.That(error!.Rule, Is.EqualTo("BodyHierarchyCannotLoop"));
    }

    [Test]
    public void A_body_cannot_be_placed_under_one_of_its_own_subsidiaries()
    {
        var board = Pba();
        var subsidiary = Guid.NewGuid();

        Assert.Throws<DomainRuleException>(() => board.PlaceUnder(subsidiary, [board.Id, Guid.NewGuid()]));
    }

    [Test]
    public void A_body_can_be_placed_under_another_and_taken_out_again()
    {
        var body = Pba();
        var board = Guid.NewGuid();

        body.PlaceUnder(board, []);
        Assert.That(body.ParentBodyId, Is.EqualTo(board));
        body.PlaceUnder(null, []);
        Assert.That(body.ParentBodyId, Is.Null);
    }

    [Test]
    public void Membership_terms_of_one_state_must_not_overlap()
    {
        var body = Pba();

        var error = Assert.Throws<DomainRuleException>(() => body.SetMembers([
            new BodyMembership("KE", new DateOnly(2019, 1, 1), new DateOnly(2023, 6, 30)),
            new BodyMembership("KE", new DateOnly(2023, 6, 1), null)]));

        Assert.That(error!.Rule, Is.EqualTo("MembershipTermsMustNotOverlap"));
        Assert.That(body.Members, Is.Empty, "a refused change leaves the membership as it was");
    }

    [Test]
    public void An_open_term_followed_by_another_term_overlaps()
    {
        var body = Pba();

        Assert.Throws<DomainRuleException>(() => body.SetMembers([
            new BodyMembership("FR", new DateOnly(2019, 1, 1), null),
            new BodyMembership("FR", new DateOnly(2025, 1, 1), null)]));
    }

    [Test]
    public void Consecutive_terms_of_one_state_are_allowed()
    {
        var body = Pba();

        body.SetMembers([
            new BodyMembership("KE", new DateOnly(2019, 1, 1), new DateOnly(2022, 12, 31)),
            new BodyMembership("KE", new DateOnly(2023, 1, 1), null)]);

        Assert.That(body.Members, Has.Count.EqualTo(2));
    }

    [Test]
    public void The_members_on_a_day_are_those_whose_term_covers_it()
    {
        var body = Pba();
        body.SetMembers([
            new BodyMembership("KE", January2024, null),
            new BodyMembership("FR", new DateOnly(2020, 1, 1), new DateOnly(2023, 12, 31)),
            new BodyMembership("CN", new DateOnly(2025, 1, 1), null)]);

        Assert.That(body.MembersOn(new DateOnly(2024, 10, 16)), Is.EquivalentTo(new[] { "KE" }));
        Assert.That(body.MembersOn(new DateOnly(2023, 12, 31)), Is.EquivalentTo(new[] { "FR" }));
    }

    [Test]
    public void A_stale_version_is_refused_before_anything_changes()
    {
        var body = Pba();

        var error = Assert.Throws<ConcurrencyConflictException>(() => body.EnsureVersion(0));

        Assert.That(error!.Message, Does.Contain("changed by someone else").And.Contain("version 0").And.Contain("current version is 1"));
    }

    [Test]
    public void Chairs_are_appointed_once_each()
    {
        var body = Pba();
        var chair = Guid.NewGuid();

        body.AppointChairs([chair, chair]);

        Assert.That(body.Chairs, Has.Count.EqualTo(1));
        Assert.That(body.IsChairedBy(chair), Is.True);
        Assert.That(body.IsChairedBy(Guid.NewGuid()), Is.False);
    }

    private static Body Pba() =>
        new(Guid.NewGuid(), "Ad hoc working group on programmatic, budgetary and administrative matters", "PBA", BodyKind.WorkingGroup, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
}
