using DigitalCity.Publicity.Bulletins;
using DigitalCity.Publicity.Figures;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>The bulletin's Chinese sentence, written from its figures in the newspaper's way.</summary>
public class BulletinTextTests
{
    static readonly DateOnly Eve = new(2023, 1, 21);
    static readonly DateOnly Sixth = new(2023, 1, 27);

    static Dictionary<string, long> TheWeek() => new()
    {
        [Metrics.GroupsSent] = 12,
        [Metrics.OfficersSent] = 48,
        [Metrics.PremisesInspected] = 356,
        [Metrics.HazardsFound] = 23,
        [Metrics.HazardsRectified] = 21,
        [Metrics.HouseholdWasteKg] = 1_234_500,
        [Metrics.CasesClosed] = 87,
        [Metrics.CasesHandled] = 90,
    };

    [Fact]
    public void The_festival_week_reads_as_the_newspaper_writes_it()
    {
        Assert.Equal("春节期间（1月21日至1月27日），全市城管系统派出检查组12个、执法人员48人次，检查经营场所356家，发现隐患23处、整改21处，清运生活垃圾1,234.5吨，办结案件87件。",
            BulletinText.Compose("春节期间", Eve, Sixth, null, TheWeek()));
    }

    [Fact]
    public void Zero_figures_are_left_out_and_a_district_names_its_bureau()
    {
        var figures = new Dictionary<string, long> { [Metrics.GroupsSent] = 5, [Metrics.OfficersSent] = 12, [Metrics.HazardsFound] = 0, [Metrics.HazardsRectified] = 1 };

        Assert.Equal("1月22日，山阳区城管局派出检查组5个、执法人员12人次，整改隐患1处。", BulletinText.Compose(null, Eve.AddDays(1), Eve.AddDays(1), "山阳区", figures));
    }

    [Fact]
    public void Every_waste_type_and_both_case_figures_are_listed_in_order()
    {
        var figures = new Dictionary<string, long>
        {
            [Metrics.HouseholdWasteKg] = 15_001_000,
            [Metrics.KitchenWasteKg] = 320_000,
            [Metrics.RecyclableWasteKg] = 40,
            [Metrics.HazardousWasteKg] = 50,
            [Metrics.CasesReported] = 1_203,
            [Metrics.CasesClosed] = 1_100,
        };

        Assert.Equal("1月21日至1月27日，全市城管系统清运生活垃圾15,001.0吨、厨余垃圾320.0吨、有害垃圾0.1吨，接报案件1,203件、办结1,100件。",
            BulletinText.Compose(null, Eve, Sixth, null, figures));
    }

    [Fact]
    public void A_period_without_figures_says_so()
    {
        Assert.Equal("春节期间（1月21日至1月27日），全市城管系统暂无可通报的工作数据。", BulletinText.Compose("春节期间", Eve, Sixth, null, new Dictionary<string, long>()));
    }

    [Theory]
    [InlineData(1_234_549, "1,234.5")]
    [InlineData(1_234_550, "1,234.6")]
    [InlineData(1_234_450, "1,234.5")]
    [InlineData(50, "0.1")]
    [InlineData(999_960, "1,000.0")]
    [InlineData(15_000_000, "15,000.0")]
    public void Kilograms_are_tonnes_with_one_decimal_rounded_half_away_from_zero(long kilograms, string tonnes) =>
        Assert.Equal(tonnes, BulletinText.Tonnes(kilograms));

    [Fact]
    public void Periods_and_default_titles_read_in_chinese()
    {
        Assert.Equal("2022年12月31日至2023年1月1日", BulletinText.Period(new DateOnly(2022, 12, 31), new DateOnly(2023, 1, 1)));
        Assert.Equal("春节期间全市城市管理工作情况", BulletinText.DefaultTitle("春节期间", Eve, Sixth, null));
        Assert.Equal("1月22日解放区城市管理工作情况", BulletinText.DefaultTitle(null, Eve.AddDays(1), Eve.AddDays(1), "解放区"));
    }
}
