using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class DocumentRulesTests
{
    private static readonly DateTimeOffset Due = new(2024, 10, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void DocumentNeedsItsOriginalBeforePublishing_a_document_without_its_original_file_is_not_posted()
    {
        var document = Required();
        document.Upload("fr", "sha", "rapport.pdf", "application/pdf", 10, final: true, Due.AddDays(-3), "Officer");

        var error = Assert.Throws<DomainRuleException>(() => document.Publish(Due.AddDays(-2), null));

        Assert.That(error!.Rule, Is.EqualTo("DocumentNeedsItsOriginalBeforePublishing"));
        Assert.That(document.IsPublished, Is.False);
    }

    [Test]
    public void LateDocumentNeedsJustification_a_document_posted_after_its_deadline_says_why()
    {
        var document = WithOriginal();

        var error = Assert.Throws<DomainRuleException>(() => document.Publish(Due.AddMinutes(1), "  "));
        document.Publish(Due.AddMinutes(1), " The report waited for the Board's figures. ");

        Assert.That(error!.Rule, Is.EqualTo("LateDocumentNeedsJustification"));
        Assert.That(document.LateJustification, Is.EqualTo("The report waited for the Board's figures."));
        Assert.That(document.WasLate, Is.True);
    }

    [Test]
    public void A_document_posted_at_the_very_deadline_is_on_time_and_needs_no_justification()
    {
        var document = WithOriginal();

        document.Publish(Due, null);

        Assert.That(document.WasLate, Is.False);
        Assert.That(document.DeadlineStatusAt(Due.AddDays(1), TimeSpan.FromDays(2)), Is.EqualTo(DeadlineStatus.Met));
    }

    [Test]
    public void Posting_again_keeps_the_first_posting_and_asks_for_no_new_justification()
    {
        var document = WithOriginal();
        document.Publish(Due.AddDays(-1), null);

        document.Publish(Due.AddDays(5), null);

        Assert.That(document.PublishedAt, Is.EqualTo(Due.AddDays(-1)));
        Assert.That(document.WasLate, Is.False);
    }

    /// <summary>One meaning of late for the document's flag, the deadline list and the timeliness report.</summary>
    [Test]
    public void Late_means_not_posted_by_the_deadline_whether_posted_after_it_or_still_missing()
    {
        var missing = WithOriginal();
        var postedLate = WithOriginal();
        postedLate.Publish(Due.AddHours(2), "Translation came late.");
        var notRequired = new Document(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DocumentSymbol.Parse("HSP/EB.2024/INF/3"), "Information note",
            DocumentCategory.Background, null, Distribution.General, "en", required: false, Due, null, null);

        Assert.That(missing.IsLateAt(Due), Is.False, "at the deadline");
        Assert.That(missing.IsLateAt(Due.AddSeconds(1)), Is.True, "missing after the deadline");
        Assert.That(missing.DeadlineStatusAt(Due.AddSeconds(1), TimeSpan.FromDays(2)), Is.EqualTo(DeadlineStatus.Overdue));
        Assert.That(missing.DeadlineStatusAt(Due.AddDays(-1), TimeSpan.FromDays(2)), Is.EqualTo(DeadlineStatus.DueSoon));
        Assert.That(missing.DeadlineStatusAt(Due.AddDays(-5), TimeSpan.FromDays(2)), Is.EqualTo(DeadlineStatus.Upcoming));
        Assert.That(postedLate.IsLateAt(Due.AddDays(30)), Is.True, "posted after it, read a month later");
        Assert.That(postedLate.DeadlineStatusAt(Due.AddDays(30), TimeSpan.FromDays(2)), Is.EqualTo(DeadlineStatus.MetLate));
        Assert.That(notRequired.IsLateAt(Due.AddDays(30)), Is.False, "a document with no deadline is never late");
    }

    [Test]
    public void The_deadline_passing_marks_the_missing_languages_overdue_once()
    {
        var document = Required();
        document.Upload("en", "sha", "report.pdf", "application/pdf", 10, final: true, Due.AddDays(-3), "Officer");

        var first = document.MarkOverdue(Due.AddMinutes(1));
        var second = document.MarkOverdue(Due.AddMinutes(2));

        Assert.That(first, Is.EqualTo(new[] { "fr" }));
        Assert.That(second, Is.Empty);
        Assert.That(document.Languages.Single(l => l.Language == "fr").Status, Is.EqualTo(LanguageStatus.Overdue));
    }

    [Test]
    public void A_meeting_moved_later_makes_overdue_languages_missing_again()
    {
        var document = Required();
        document.MarkOverdue(Due.AddMinutes(1));

        document.MoveDeadline(Due.AddDays(14), Due.AddMinutes(5));

        Assert.That(document.Languages.Select(l => l.Status), Is.All.EqualTo(LanguageStatus.Missing));
        Assert.That(document.IsLateAt(Due.AddDays(1)), Is.False);
    }

    [Test]
    public void SupersededDocumentCannotChange_files_go_to_the_revision_that_replaces_it()
    {
        var document = WithOriginal();
        document.SupersedeWith(Guid.NewGuid());

        var error = Assert.Throws<DomainRuleException>(() => document.Upload("en", "sha2", "report.pdf", "application/pdf", 10, final: true, Due, "Officer"));

        Assert.That(error!.Rule, Is.EqualTo("SupersededDocumentCannotChange"));
    }

    [Test]
    public void A_new_file_for_a_language_is_a_new_version_and_the_earlier_is_kept()
    {
        var document = WithOriginal();

        document.Upload("en", "sha2", "report-corrected.pdf", "application/pdf", 12, final: true, Due, "Officer");

        Assert.That(document.CurrentFile("en")!.Version, Is.EqualTo(2));
        Assert.That(document.Files.Count(f => f.Language == "en"), Is.EqualTo(2));
    }

    [TestCase(Distribution.General, false, null, true)]
    [TestCase(Distribution.Limited, false, null, false)]
    [TestCase(Distribution.Limited, true, "US", true)]
    [TestCase(Distribution.Restricted, true, "US", false)]
    [TestCase(Distribution.Restricted, true, "KE", true)]
    [TestCase(Distribution.Restricted, true, null, false)]
    public void A_published_document_is_read_as_its_distribution_says(Distribution distribution, bool signedIn, string? memberState, bool readable)
    {
        var document = WithOriginal(distribution);
        document.Publish(Due.AddDays(-1), null);

        Assert.That(document.IsReadableBy(signedIn, memberState, ["KE", "BR"]), Is.EqualTo(readable));
    }

    /// <summary>One distribution rule: a body's summaries and journals are read as its documents of the same distribution are.</summary>
    [TestCase(Distribution.General)]
    [TestCase(Distribution.Limited)]
    [TestCase(Distribution.Restricted)]
    public void A_bodys_summaries_follow_the_distribution_rule_of_its_documents_with_the_members_of_the_meetings_day(Distribution distribution)
    {
        var body = new Body(Guid.NewGuid(), "Executive Board", "EB", BodyKind.ExecutiveBoard, "HSP/EB", SummaryStyle.Numbered, AttributionPolicy.Anonymous);
        body.SetMembers([new BodyMembership("KE", new DateOnly(2020, 1, 1), null), new BodyMembership("BR", new DateOnly(2020, 1, 1), new DateOnly(2024, 6, 30))]);
        body.Distribute(distribution);
        var start = new DateTimeOffset(2024, 10, 1, 23, 30, 0, TimeSpan.Zero);
        var meeting = new Meeting(Guid.NewGuid(), body.Id, null, 1, new MeetingSchedule(start, start.AddHours(3), "Africa/Nairobi"), "UNON", Modality.InPerson, new MeetingChair(null, "Chair", null));
        var document = WithOriginal(distribution);
        document.Publish(Due.AddDays(-1), null);

        Assert.That(meeting.Schedule.Day, Is.EqualTo(new DateOnly(2024, 10, 2)), "the day on the venue's calendar");
        foreach (var (signedIn, state) in new (bool, string?)[] { (false, null), (true, null), (true, "KE"), (true, "BR"), (true, "US") })
        {
            Assert.That(body.PublishedPapersAdmit(signedIn, state, meeting.Schedule.Day), Is.EqualTo(document.IsReadableBy(signedIn, state, body.MembersOn(meeting))),
                $"{(signedIn ? "signed in" : "public")} {state}");
        }
    }

    [Test]
    public void An_unpublished_document_is_read_by_no_delegation()
    {
        var document = WithOriginal(Distribution.General);

        Assert.That(document.IsReadableBy(signedIn: true, "KE", ["KE"]), Is.False);
    }

    private static Document Required(Distribution distribution = Distribution.Limited) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DocumentSymbol.Parse("HSP/EB.2024/10"), "Report of the Executive Director",
            DocumentCategory.Report, null, distribution, "en", required: true, Due, ["fr"], null);

    private static Document WithOriginal(Distribution distribution = Distribution.Limited)
    {
        var document = Required(distribution);
        document.Upload("en", "sha", "report.pdf", "application/pdf", 10, final: true, Due.AddDays(-3), "Officer");
        return document;
    }
}
