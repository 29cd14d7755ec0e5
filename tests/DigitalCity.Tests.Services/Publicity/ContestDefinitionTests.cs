using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Publicity;
using DigitalCity.Publicity.Contests;
using DigitalCity.Publicity.Contests.Definitions;
using DigitalCity.Publicity.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Publicity;

/// <summary>Contests as data over HTTP: the 2023 contest set by an editor, read by anyone, changed with its version, kept across a restart.</summary>
public sealed class ContestDefinitionTests : IDisposable
{
    readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task An_editor_sets_the_2023_contest_anyone_reads_it_and_a_change_needs_the_version()
    {
        using (var factory = new ServiceFactory<PublicityHost>(_data.Path))
        {
            var editor = factory.ClientFor("editor-1", Roles.PublicityEditor);

            var set = await editor.PutAsJsonAsync("/api/publicity/contests/lights-2023", ContestRequests.Lights2023());
            var again = await editor.PutAsJsonAsync("/api/publicity/contests/lights-2023", ContestRequests.Lights2023());
            var changed = await editor.PutAsJsonAsync("/api/publicity/contests/lights-2023", ContestRequests.Lights2023(version: 1, name: "美在灯影里 2023"));

            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK), (set.StatusCode, again.StatusCode, changed.StatusCode));
            var view = await set.ReadAsync<ContestView>();
            Assert.Equal((11, 3900, ThemeImpressionRule.TieBreaker, 1L), (view.Places, view.PrizeMoneyYuan, view.Rules.ThemeRule, view.Version));
            var defined = await factory.Harness.PublishedAsync<ContestDefined>(m => m.Code == "lights-2023" && m.Version == 2);
            Assert.Equal(("美在灯影里 2023", 3900), (defined.Context.Message.Name, defined.Context.Message.PrizeMoneyYuan));
        }

        using var restarted = new ServiceFactory<PublicityHost>(_data.Path);
        var read = await (await restarted.CreateClient().GetAsync("/api/publicity/contests/lights-2023")).ReadAsync<ContestView>();
        Assert.Equal(ContestRules.BeautyInTheLights with { Name = "美在灯影里 2023" }, read.Rules with { OwnPlatforms = ContestRules.BeautyInTheLights.OwnPlatforms, Tiers = ContestRules.BeautyInTheLights.Tiers });
        Assert.Equal(ContestRules.BeautyInTheLights.Tiers, read.Rules.Tiers);
        Assert.Equal(2L, read.Version);
    }

    [Fact]
    public async Task Wrong_rules_are_refused_naming_each_field_and_only_editors_set_them()
    {
        using var factory = new ServiceFactory<PublicityHost>(_data.Path);
        var editor = factory.ClientFor("editor-1", Roles.PublicityEditor);

        var wrong = await editor.PutAsJsonAsync("/api/publicity/contests/Lights 2023", new
        {
            name = "x",
            opens = "2023-02-19",
            closes = "2023-01-26",
            ownPlatforms = new[] { "OfficialChannel" },
            requiredTopic = "焦作城管",
            theme = "t",
            tiers = new[] { new { name = "一等奖", places = 0, prizeYuan = 1000 } },
            themeRule = "WeightedBlend",
        });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var errors = (await wrong.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "code", "closes", "ownPlatforms", "requiredTopic", "tiers[0].places", "themeWeight" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await factory.ClientFor("judge-1", Roles.Judge).PutAsJsonAsync("/api/publicity/contests/lights-2023", ContestRequests.Lights2023())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PutAsJsonAsync("/api/publicity/contests/lights-2023", ContestRequests.Lights2023())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/publicity/contests/none")).StatusCode);
    }
}
