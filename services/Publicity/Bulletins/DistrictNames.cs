using Microsoft.Extensions.Configuration;

namespace DigitalCity.Publicity.Bulletins;

/// <summary>
/// The names bulletins give districts (区划名称), by 6-digit code: Jiaozuo's by default (the codes the inspection service
/// seeds, 410871 being its local code for 城乡一体化示范区), added to or overridden by <c>Publicity:Districts:{code}</c>.
/// A code with no name is shown as the code.
/// </summary>
public sealed class DistrictNames(IReadOnlyDictionary<string, string> names)
{
    public const string Section = "Publicity:Districts";

    public static IReadOnlyDictionary<string, string> Jiaozuo { get; } = new Dictionary<string, string>
    {
        ["410802"] = "解放区",
        ["410803"] = "中站区",
        ["410804"] = "马村区",
        ["410811"] = "山阳区",
        ["410821"] = "修武县",
        ["410822"] = "博爱县",
        ["410823"] = "武陟县",
        ["410825"] = "温县",
        ["410882"] = "沁阳市",
        ["410883"] = "孟州市",
        ["410871"] = "城乡一体化示范区",
    };

    public string NameOf(string code) => names.GetValueOrDefault(code, code);

    public static DistrictNames FromConfiguration(IConfiguration configuration)
    {
        var names = new Dictionary<string, string>(Jiaozuo);
        foreach (var entry in configuration.GetSection(Section).GetChildren())
        {
            if (!string.IsNullOrWhiteSpace(entry.Value))
            {
                names[entry.Key] = entry.Value;
            }
        }

        return new DistrictNames(names);
    }
}
