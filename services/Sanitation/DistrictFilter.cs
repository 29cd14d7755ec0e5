using DigitalCity.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation;

/// <summary>The optional <c>district</c> filter of the sanitation lists and reports: a 6-digit administrative code.</summary>
public static class DistrictFilter
{
    public static ValidationErrors District(this ValidationErrors errors, string? district)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Check(district is null || FacilityForm.IsDistrictCode(district), "district", "'district' is a 6-digit district code, e.g. 410802.");
    }
}
