namespace DigitalCity.Publicity.Contests;

/// <summary>Where an entry's video is posted: the bureau's official channel, or the entrant's own account.</summary>
public enum ContestPlatform
{
    /// <summary>The bureau's official WeChat Channels account, where the committee publishes approved entries.</summary>
    OfficialChannel,

    /// <summary>抖音 — the entrant's own Douyin account.</summary>
    Douyin,

    /// <summary>视频号 — the entrant's own WeChat Channels account.</summary>
    WeChatChannels,
}
