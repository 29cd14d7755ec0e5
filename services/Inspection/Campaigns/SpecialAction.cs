namespace DigitalCity.Inspection.Campaigns;

/// <summary>The bureau's six special actions (六大专项行动); every campaign serves one of them.</summary>
public enum SpecialAction
{
    /// <summary>公共安全服务</summary>
    PublicSafety,

    /// <summary>市容环境卫生综合治理</summary>
    CityAppearanceAndSanitation,

    /// <summary>大气污染防治</summary>
    AirPollutionControl,

    /// <summary>数字城管提升</summary>
    DigitalCityManagement,

    /// <summary>城市管理综合执法</summary>
    LawEnforcement,

    /// <summary>绿化美化提升</summary>
    Greening,
}
