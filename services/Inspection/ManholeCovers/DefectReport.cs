using DigitalCity.Inspection.Campaigns.Checklists;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>What an inspector or grid officer reports about a cover, validated: the defect type's checklist item,
/// the campaign it was found in (if any) and the city date it was found on.</summary>
public sealed record DefectReport(ChecklistItem Type, Guid? CampaignId, DateOnly Day, string? Note, IReadOnlyList<string> PhotoRefs);
