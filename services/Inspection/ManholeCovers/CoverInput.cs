using DigitalCity.Inspection.Cases;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// One well's file as a registrar sends it, alone or as an element of an import array. <c>state</c> is
/// <c>Good</c> (the default) or <c>Removed</c>; the other states follow defects and are never sent.
/// </summary>
public sealed record CoverInput(
    string? Code,
    ReportCase.LocationInput? Location,
    string? Address,
    string? OwnerCode,
    string? MaintainerCode,
    CoverMaterial? Material,
    bool? AntiFallNet,
    CoverState? State);
