using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Tests;

/// <summary>Which typed topic headings are one topic of the summary (issue 19, point 10).</summary>
[TestFixture]
public sealed class SummaryTopicTests
{
    [TestCase("Resolution 2/1 - International guidelines on people-centred smart cities")]
    [TestCase("Resolution 2/1- International guidelines on people-centred smart cities")]
    [TestCase("Resolution 2/1: International guidelines on people-centred smart cities")]
    [TestCase("resolution 2/1 – International guidelines")]
    public void Headings_that_name_the_same_resolution_are_one_topic(string heading)
    {
        Assert.That(SummaryTopic.KeyOf(heading), Is.EqualTo(SummaryTopic.KeyOf("Resolution 2/1 - International guidelines on people-centred smart cities")));
    }

    [Test]
    public void Different_resolutions_are_different_topics()
    {
        Assert.That(SummaryTopic.KeyOf("Resolution 2/1 - Smart cities"), Is.Not.EqualTo(SummaryTopic.KeyOf("Resolution 2/10 - Other")));
        Assert.That(SummaryTopic.KeyOf("Resolution 2/1 - Smart cities"), Is.Not.EqualTo(SummaryTopic.KeyOf("Decision 2/1 - Smart cities")));
    }

    [Test]
    public void Other_headings_are_one_topic_when_they_differ_only_in_case_spacing_or_a_final_stop()
    {
        Assert.That(SummaryTopic.KeyOf("Budget  matters."), Is.EqualTo(SummaryTopic.KeyOf("budget matters")));
        Assert.That(SummaryTopic.KeyOf("Budget matters"), Is.Not.EqualTo(SummaryTopic.KeyOf("Budget and programme matters")));
        Assert.That(SummaryTopic.KeyOf("  "), Is.Null);
    }
}
