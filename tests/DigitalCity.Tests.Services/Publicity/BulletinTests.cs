using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts;
using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Bulletins;
using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Host;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using static DigitalCity.Tests.Services.Publicity.BulletinEvents;

namespace DigitalCity.Tests.Services.Publicity;

/// <summary>
/// Bulletins over HTTP: the other services' events of the Spring Festival week counted per district, a draft compiled
/// for the city and one for 山阳区, edited, published (<see cref="BulletinPublished"/>) or discarded, and who may do what.
/// </summary>
public sealed class BulletinTests : IDisposable
{
    static readonly DateOnly Eve = new(2023, 1, 21);
    static readonly DateOnly NewYear = new(2023, 1, 22);
    static readonly DateOnly Sixth = new(2023, 1, 27);

    readonly TempDirectory _data = new();
    readonly ServiceFactory<PublicityHost> _factory;
    readonly HttpClient _editor;

    public BulletinTests()
    {
        _factory = new ServiceFactory<PublicityHost>(_data.Path);
        _editor = _factory.ClientFor("editor-1", Roles.PublicityEditor);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }

    async Task DeliverAsync<T>(T message, int times = 1)
        where T : class, IIntegrationEvent
    {
        for (var i = 0; i < times; i++)
        {
            await _factory.Harness.Bus.Publish(message);
        }

        await _factory.Harness.ConsumedAsync<T>(m => m.EventId == message.EventId, times);
    }

    /// <summary>
    /// 山阳区: two groups (5 officers), two premises, one hazard fixed on the spot, 1,234.45 t of household waste, a case
    /// reported and closed. 解放区: one group (2 officers), one premises, 500 t household and 20 t kitchen waste, a case
    /// closed before its report arrived. A case closed whose report was never seen counts for the city only.
    /// </summary>
    async Task DeliverTheWeekAsync()
    {
        await DeliverAsync(Group(Shanyang, NewYear, "officer-1", "officer-2", "officer-3"));
        await DeliverAsync(Group(Shanyang, NewYear, "officer-4", "officer-5"), times: 2);
        await DeliverAsync(Group(Jiefang, NewYear, "officer-6", "officer-7"));
        await DeliverAsync(Visit(Shanyang, NewYear, "福满园"));
        await DeliverAsync(Visit(Shanyang, NewYear, "老彪胡辣汤"));
        await DeliverAsync(Visit(Jiefang, NewYear, "万达广场"));
        var hazard = Hazard(Shanyang, NewYear);
        await DeliverAsync(hazard);
        await DeliverAsync(Rectified(hazard));
        await DeliverAsync(Waste(Shanyang, Eve, "Household", 1_000_000));
        await DeliverAsync(Waste(Shanyang, Sixth, "Household", 234_450), times: 2);
        await DeliverAsync(Waste(Shanyang, Sixth.AddDays(1), "Household", 9_999_000));
        await DeliverAsync(Waste(Jiefang, NewYear, "Household", 500_000));
        await DeliverAsync(Waste(Jiefang, NewYear, "Kitchen", 20_000));

        var shanyangCase = Guid.NewGuid();
        await DeliverAsync(Reported(shanyangCase, Shanyang, NewYear));
        await DeliverAsync(Closed(shanyangCase, NewYear.AddDays(1)));
        var jiefangCase = Guid.NewGuid();
        await DeliverAsync(Closed(jiefangCase, NewYear.AddDays(2)));
        await DeliverAsync(Reported(jiefangCase, Jiefang, NewYear));
        await DeliverAsync(Closed(Guid.NewGuid(), NewYear.AddDays(2)));
    }

    static object Week(string? district = null, string? occasion = null) =>
        new { from = "2023-01-21", to = "2023-01-27", district, occasion };

    [Fact]
    public async Task The_festival_week_is_drafted_from_the_figures_edited_and_published_for_other_systems()
    {
        await DeliverTheWeekAsync();

        var city = await _editor.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/publicity/bulletins/drafts")
        {
            Content = JsonContent.Create(Week(occasion: "春节期间")),
            Headers = { { "Idempotency-Key", "week-1" } },
        });
        var shanyang = await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week(Shanyang));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (city.StatusCode, shanyang.StatusCode));
        var draft = await city.ReadAsync<BulletinView>();
        Assert.Equal("春节期间全市城市管理工作情况", draft.Title);
        Assert.Equal("春节期间（1月21日至1月27日），全市城管系统派出检查组3个、执法人员7人次，检查经营场所3家，发现隐患1处、整改1处，"
            + "清运生活垃圾1,734.5吨、厨余垃圾20.0吨，接报案件2件、办结3件。", draft.Text);
        Assert.Equal((3L, 7L, 1_734_450L, 3L, 0L), (draft.Figures[Metrics.GroupsSent], draft.Figures[Metrics.OfficersSent],
            draft.Figures[Metrics.HouseholdWasteKg], draft.Figures[Metrics.CasesClosed], draft.Figures[Metrics.RecyclableWasteKg]));
        var district = await shanyang.ReadAsync<BulletinView>();
        Assert.Equal(("1月21日至1月27日山阳区城市管理工作情况", "山阳区"), (district.Title, district.DistrictName));
        Assert.Equal("1月21日至1月27日，山阳区城管局派出检查组2个、执法人员5人次，检查经营场所2家，发现隐患1处、整改1处，清运生活垃圾1,234.5吨，接报案件1件、办结1件。", district.Text);
        var jiefang = await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week(Jiefang))).ReadAsync<BulletinView>();
        Assert.Equal((1L, 1L), (jiefang.Figures[Metrics.CasesReported], jiefang.Figures[Metrics.CasesClosed]));
        var day = await (await _editor.GetAsync($"/api/publicity/figures/daily?date=2023-01-22&district={Shanyang}")).ReadAsync<GetDailyFigures.DailyFigures>();
        Assert.Equal((2L, 5L, 2L), (day.Figures[Metrics.GroupsSent], day.Figures[Metrics.OfficersSent], day.Figures[Metrics.PremisesInspected]));

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync($"/api/publicity/bulletins/{draft.Id}")).StatusCode);
        Assert.Equal(3, (await (await _editor.GetAsync("/api/publicity/bulletins/drafts")).ReadAsync<Page<BulletinView>>()).Total);

        var text = "春节期间（1月21日至1月27日），全市城管系统坚守岗位，派出检查组3个、执法人员7人次，排查燃气安全隐患。";
        var edited = await _editor.PutAsJsonAsync($"/api/publicity/bulletins/{draft.Id}", new { version = 1, title = "坚守工作岗位 排查燃气隐患", text });
        var stale = await _editor.PutAsJsonAsync($"/api/publicity/bulletins/{draft.Id}", new { version = 1, title = "x", text = "y" });
        var published = await _editor.PostAsJsonAsync($"/api/publicity/bulletins/{draft.Id}/publish", new { version = 2 });
        var twice = await _editor.PostAsJsonAsync($"/api/publicity/bulletins/{draft.Id}/publish", new { version = 3 });
        var editPublished = await _editor.PutAsJsonAsync($"/api/publicity/bulletins/{draft.Id}", new { version = 3, title = "x", text = "y" });
        var discarded = await _editor.PostAsJsonAsync($"/api/publicity/bulletins/{district.Id}/discard", new { version = 1 });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.OK),
            (edited.StatusCode, stale.StatusCode, published.StatusCode, twice.StatusCode, editPublished.StatusCode, discarded.StatusCode));
        Assert.Equal("Published", (await twice.ReadJsonAsync()).GetProperty("currentState").GetString());
        var sent = (await _factory.Harness.PublishedAsync<BulletinPublished>(m => m.BulletinId == draft.Id)).Context.Message;
        Assert.Equal(("坚守工作岗位 排查燃气隐患", text, Eve, Sixth, (string?)null, "editor-1"), (sent.Title, sent.Text, sent.From, sent.To, sent.DistrictCode, sent.PublishedBy));
        Assert.Equal(1_734_450, sent.Figures[Metrics.HouseholdWasteKg]);
        await _factory.Harness.PublishedAsync<BulletinDiscarded>(m => m.BulletinId == district.Id);

        var anyone = _factory.CreateClient();
        var list = await (await anyone.GetAsync("/api/publicity/bulletins")).ReadAsync<Page<BulletinView>>();
        Assert.Equal([draft.Id], list.Items.Select(b => b.Id));
        var read = await (await anyone.GetAsync($"/api/publicity/bulletins/{draft.Id}")).ReadAsync<BulletinView>();
        Assert.Equal((BulletinStatus.Published, text, 3L), (read.Status, read.Text, read.Version));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/publicity/bulletins/{district.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_retried_draft_with_the_same_key_returns_the_first_and_a_reused_key_is_refused()
    {
        HttpRequestMessage Post(object body) => new(HttpMethod.Post, "/api/publicity/bulletins/drafts")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", "retry-1" } },
        };

        var first = await _editor.SendAsync(Post(Week(occasion: "春节期间")));
        var retry = await _editor.SendAsync(Post(Week(occasion: "春节期间")));
        var reused = await _editor.SendAsync(Post(Week(Shanyang)));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (first.StatusCode, retry.StatusCode, reused.StatusCode));
        var drafted = await first.ReadAsync<BulletinView>();
        Assert.Equal(drafted.Id, (await retry.ReadAsync<BulletinView>()).Id);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal("春节期间（1月21日至1月27日），全市城管系统暂无可通报的工作数据。", drafted.Text);
        await _factory.Harness.PublishedAsync<BulletinDrafted>(m => m.BulletinId == drafted.Id);
        Assert.Single(_factory.Harness.PublishedNow<BulletinDrafted>(_ => true));
    }

    [Fact]
    public async Task A_bad_period_district_or_text_is_refused_naming_the_field()
    {
        await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", new { from = "2023-01-27", to = "2023-01-21" })).AssertNamesAsync("to");
        await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", new { from = "2023-01-01", to = "2024-01-02" })).AssertNamesAsync("to");
        await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", new { to = "2023-01-02" })).AssertNamesAsync("from");
        await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week("41081"))).AssertNamesAsync("district");
        await (await _editor.GetAsync("/api/publicity/figures/daily?district=山阳区")).AssertNamesAsync("district");

        var draft = await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week())).ReadAsync<BulletinView>();
        await (await _editor.PutAsJsonAsync($"/api/publicity/bulletins/{draft.Id}", new { version = 1, title = "t", text = " " })).AssertNamesAsync("text");
        await (await _editor.PostAsJsonAsync($"/api/publicity/bulletins/{draft.Id}/publish", new { })).AssertNamesAsync("version");
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.PostAsJsonAsync($"/api/publicity/bulletins/{Guid.NewGuid()}/publish", new { version = 1 })).StatusCode);
    }

    [Fact]
    public async Task Only_editors_draft_review_and_read_drafts()
    {
        var anonymous = _factory.CreateClient();
        var judge = _factory.ClientFor("judge-1", Roles.Judge);
        var draft = await (await _editor.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week())).ReadAsync<BulletinView>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.PostAsJsonAsync("/api/publicity/bulletins/drafts", Week())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/publicity/bulletins/drafts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.GetAsync("/api/publicity/bulletins/drafts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge.PostAsJsonAsync($"/api/publicity/bulletins/{draft.Id}/publish", new { version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/publicity/bulletins/{draft.Id}", new { version = 1, title = "t", text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await judge.GetAsync($"/api/publicity/bulletins/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _editor.GetAsync($"/api/publicity/bulletins/{draft.Id}")).StatusCode);
    }
}
