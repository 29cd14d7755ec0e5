using Microsoft.Extensions.Configuration;

namespace DigitalCity.Inspection.Premises;

/// <summary>Configuration section <c>Inspection:Premises</c>: the limits of one CSV import.</summary>
public sealed class PremisesOptions
{
    public const string Section = "Inspection:Premises";

    /// <summary>The most data rows one import accepts (400 beyond): a district's register at a time.</summary>
    public int MaxImportRows { get; set; } = 5000;

    /// <summary>The largest CSV body an import accepts (413 beyond), 2 MiB: 5,000 rows of about 400 bytes.</summary>
    public long MaxImportBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Reads the section and refuses values that cannot work.</summary>
    public static PremisesOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<PremisesOptions>() ?? new PremisesOptions();
        if (options.MaxImportRows < 1 || options.MaxImportBytes < 1024)
        {
            throw new InvalidOperationException("Inspection:Premises:MaxImportRows must be at least 1 and MaxImportBytes at least 1024.");
        }

        return options;
    }
}
