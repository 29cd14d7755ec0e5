using System.Globalization;
using DigitalCity.Publicity.Figures;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>
/// 新闻稿 — writes a bulletin's Chinese text from its figures, in the newspaper's way: "春节期间（1月21日至1月27日），
/// 全市城管系统派出检查组12个、执法人员48人次，检查经营场所356家，发现隐患23处、整改21处，清运生活垃圾1,234.5吨，办结案件87件。"
/// A figure that is zero is left out; waste is shown in tonnes with one decimal (half away from zero), and a
/// waste type under 0.05 tonnes is left out too. Figures a bulletin does not phrase (cases handled, sanitation
/// tasks) are kept with the draft but not written.
/// </summary>
public static class BulletinText
{
    static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    static readonly (string Metric, string Name)[] WasteTypes =
    [
        (Metrics.HouseholdWasteKg, "生活垃圾"),
        (Metrics.KitchenWasteKg, "厨余垃圾"),
        (Metrics.RecyclableWasteKg, "可回收物"),
        (Metrics.HazardousWasteKg, "有害垃圾"),
    ];

    /// <param name="occasion">What the period is known as (春节期间), or null.</param>
    /// <param name="districtName">The district's name (山阳区), or null for the whole city.</param>
    public static string Compose(string? occasion, DateOnly from, DateOnly to, string? districtName, IReadOnlyDictionary<string, long> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        long Get(string metric) => figures.GetValueOrDefault(metric);

        var clauses = new List<string>();
        AddList(clauses, "派出", [(Get(Metrics.GroupsSent), "检查组{0}个"), (Get(Metrics.OfficersSent), "执法人员{0}人次")]);
        AddList(clauses, "检查", [(Get(Metrics.PremisesInspected), "经营场所{0}家")]);
        var found = Get(Metrics.HazardsFound);
        AddList(clauses, "", [(found, "发现隐患{0}处"), (Get(Metrics.HazardsRectified), found > 0 ? "整改{0}处" : "整改隐患{0}处")]);
        var waste = WasteTypes.Select(w => (Kg: Get(w.Metric), w.Name)).Where(w => RoundedTonnes(w.Kg) > 0).Select(w => $"{w.Name}{Tonnes(w.Kg)}吨").ToList();
        if (waste.Count > 0)
        {
            clauses.Add("清运" + string.Join("、", waste));
        }

        var reported = Get(Metrics.CasesReported);
        AddList(clauses, "", [(reported, "接报案件{0}件"), (Get(Metrics.CasesClosed), reported > 0 ? "办结{0}件" : "办结案件{0}件")]);

        var lead = occasion is null ? Period(from, to) : $"{occasion}（{Period(from, to)}）";
        var subject = districtName is null ? "全市城管系统" : $"{districtName}城管局";
        return clauses.Count == 0 ? $"{lead}，{subject}暂无可通报的工作数据。" : $"{lead}，{subject}{string.Join("，", clauses)}。";
    }

    /// <summary>The title a draft gets when the editor gives none, e.g. "春节期间全市城市管理工作情况".</summary>
    public static string DefaultTitle(string? occasion, DateOnly from, DateOnly to, string? districtName) =>
        $"{occasion ?? Period(from, to)}{districtName ?? "全市"}城市管理工作情况";

    /// <summary>"1月21日至1月27日", "1月22日" for one day; with years when the period spans two.</summary>
    public static string Period(DateOnly from, DateOnly to)
    {
        var withYear = from.Year != to.Year;
        string Day(DateOnly d) => withYear ? $"{d.Year}年{d.Month}月{d.Day}日" : $"{d.Month}月{d.Day}日";
        return from == to ? Day(from) : $"{Day(from)}至{Day(to)}";
    }

    /// <summary>Kilograms as tonnes with one decimal and thousands separators: 1234549 → "1,234.5".</summary>
    public static string Tonnes(long kilograms) => RoundedTonnes(kilograms).ToString("#,##0.0", Numbers);

    static decimal RoundedTonnes(long kilograms) => Math.Round(kilograms / 1000m, 1, MidpointRounding.AwayFromZero);

    /// <summary>Adds "{verb}a、b" of the non-zero parts, if any.</summary>
    static void AddList(List<string> clauses, string verb, (long Value, string Format)[] parts)
    {
        var shown = parts.Where(p => p.Value > 0).Select(p => string.Format(Numbers, p.Format, p.Value.ToString("#,##0", Numbers))).ToList();
        if (shown.Count > 0)
        {
            clauses.Add(verb + string.Join("、", shown));
        }
    }
}
