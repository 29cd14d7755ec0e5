using DigitalCity.Inspection.Campaigns;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 发现 / 整改 / 整改率 — a manhole campaign's figure per district: defects found in the campaign, those
/// rectified (repair verified on site), and the rate rectified ÷ found (null when nothing was found), also by
/// defect type. Computed from the covers holding the campaign's defects: a campaign has at most a few
/// thousand, so reading them whole is cheaper than keeping a counter projection in step.
/// </summary>
public sealed record ManholeFigures(Guid CampaignId, string CampaignName, int Found, int Rectified, double? Rate, IReadOnlyList<DistrictManholeFigure> Districts)
{
    public static ManholeFigures Compute(Campaign campaign, IEnumerable<ManholeCover> covers, Func<string, string?> districtName)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var defects = covers
            .SelectMany(c => c.Defects.Where(d => d.CampaignId == campaign.Id).Select(d => (c.DistrictCode, Defect: d)))
            .ToList();
        var districts = campaign.DistrictCodes.Union(defects.Select(d => d.DistrictCode)).Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var inDistrict = defects.Where(d => d.DistrictCode == code).Select(d => d.Defect).ToList();
                var byType = inDistrict.GroupBy(d => d.Type).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new DefectTypeFigure(g.Key, g.Count(), RectifiedIn(g), RateOf(g.Count(), RectifiedIn(g))))
                    .ToList();
                return new DistrictManholeFigure(code, districtName(code), inDistrict.Count, RectifiedIn(inDistrict),
                    RateOf(inDistrict.Count, RectifiedIn(inDistrict)), byType);
            })
            .ToList();
        var found = districts.Sum(d => d.Found);
        var rectified = districts.Sum(d => d.Rectified);
        return new ManholeFigures(campaign.Id, campaign.Name, found, rectified, RateOf(found, rectified), districts);
    }

    static int RectifiedIn(IEnumerable<ManholeDefect> defects) => defects.Count(d => d.Status == DefectStatus.Verified);

    static double? RateOf(int found, int rectified) => found == 0 ? null : Math.Round((double)rectified / found, 4);
}

/// <summary>One district's part of <see cref="ManholeFigures"/>.</summary>
public sealed record DistrictManholeFigure(string DistrictCode, string? DistrictName, int Found, int Rectified, double? Rate, IReadOnlyList<DefectTypeFigure> ByType);

/// <summary>One defect type's part of a district's figure.</summary>
public sealed record DefectTypeFigure(string Type, int Found, int Rectified, double? Rate);
