using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// One well's file (一井一档) as registered, validated: its code, where it is (the unit grid containing the
/// point, when one does), who owns (权属单位) and who maintains (养护单位) it, and what it is like.
/// </summary>
public sealed record CoverRegistration(
    ComponentCode Code,
    GeoPoint Location,
    CasePlace? Place,
    string Address,
    string OwnerCode,
    string MaintainerCode,
    CoverMaterial Material,
    bool AntiFallNet,
    bool Removed = false);
