using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Bulletins;
using DigitalCity.Publicity.Figures;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>A bulletin's review: a draft keeps its figures, is edited while a draft, and publishing or discarding is final.</summary>
public class BulletinTests
{
    static Bulletin Draft(TimeProvider time) => Bulletin.Draft(new DateOnly(2023, 1, 22), new DateOnly(2023, 1, 22), "410811", "山阳区", null, null,
        new Dictionary<string, long> { [Metrics.GroupsSent] = 5, [Metrics.OfficersSent] = 12 }, "editor-1", null, time);

    [Fact]
    public void A_draft_keeps_every_figure_and_publishing_tells_them_with_the_text()
    {
        var time = TestData.Clock();
        var bulletin = Draft(time);
        bulletin.Edit("山阳区坚守岗位排查燃气隐患", "正月初一，山阳区城管局派出5个检查组，12名执法人员。", "editor-2", time);
        bulletin.Publish("editor-3", time);

        Assert.Equal(Metrics.All, bulletin.Figures.Select(f => f.Metric));
        var published = Assert.IsType<BulletinPublished>(bulletin.PendingEvents()[^1]);
        Assert.Equal(("山阳区坚守岗位排查燃气隐患", "410811", "山阳区", 12L, "editor-3"),
            (published.Title, published.DistrictCode, published.DistrictName, published.Figures[Metrics.OfficersSent], published.PublishedBy));
        Assert.Equal([typeof(BulletinDrafted), typeof(BulletinEdited), typeof(BulletinPublished)], bulletin.PendingEvents().Select(e => e.GetType()));
    }

    [Fact]
    public void A_published_or_discarded_bulletin_is_final()
    {
        var time = TestData.Clock();
        var published = Draft(time);
        published.Publish("editor-1", time);
        var discarded = Draft(time);
        discarded.Discard("editor-1", time);

        Assert.Equal("Published", Assert.Throws<InvalidTransitionException>(() => published.Publish("editor-1", time)).CurrentState);
        Assert.Throws<InvalidTransitionException>(() => published.Edit("t", "x", "editor-1", time));
        Assert.Equal("Discarded", Assert.Throws<InvalidTransitionException>(() => discarded.Publish("editor-1", time)).CurrentState);
    }

    [Fact]
    public void A_bulletin_round_trips_through_both_document_forms()
    {
        var time = TestData.Clock();
        var bulletin = Draft(time);
        bulletin.Publish("editor-1", time);
        bulletin.MarkPersisted(2);

        DocumentRoundTrip.ThroughSqliteJson(bulletin);
        DocumentRoundTrip.ThroughMongoDocument(bulletin);
    }
}
