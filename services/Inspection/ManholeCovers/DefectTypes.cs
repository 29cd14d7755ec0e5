using DigitalCity.Inspection.Campaigns.Checklists;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 井盖病害类型 — the defect types a cover can be reported with: exactly the items of the seeded
/// <c>manhole-covers</c> checklist (domain §6), so a campaign's checklist answers and defect reports share one vocabulary.
/// </summary>
public static class DefectTypes
{
    public const string NoAntiFallNet = "no-anti-fall-net";

    static readonly ChecklistTemplate Checklist = ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.ManholeCovers);

    public static IReadOnlyList<string> Codes { get; } = [.. Checklist.Items.Select(i => i.Code)];

    /// <summary>The checklist item of this type, or null when the code is not a defect type.</summary>
    public static ChecklistItem? Find(string? code) => code is null ? null : Checklist.Item(code);
}
