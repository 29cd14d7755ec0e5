namespace DigitalCity.Inspection.Premises;

/// <summary>场所类型 — what kind of premises a file describes; campaigns pick their targets by it (gas safety: restaurants first).</summary>
public enum PremisesType
{
    /// <summary>餐饮 — restaurants, canteens, snack bars.</summary>
    Restaurant,

    /// <summary>超市.</summary>
    Supermarket,

    /// <summary>市场 — markets, market halls.</summary>
    Market,

    /// <summary>燃气公司 — gas suppliers and their cylinder stations.</summary>
    GasCompany,

    /// <summary>宾馆.</summary>
    Hotel,

    /// <summary>学校.</summary>
    School,

    /// <summary>医院.</summary>
    Hospital,

    /// <summary>工厂.</summary>
    Factory,

    /// <summary>居民户 — a household.</summary>
    Residential,

    Other,
}
