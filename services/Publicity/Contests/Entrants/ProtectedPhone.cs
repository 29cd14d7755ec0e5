using System.Diagnostics;

namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>
/// An entrant's phone number as stored: AES-256-GCM ciphertext with its nonce and tag under key
/// <see cref="KeyId"/> (the key id is the associated data, so it cannot be swapped), the keyed
/// HMAC-SHA256 <see cref="LookupHash"/> of the normalised number, and the <see cref="Masked"/> form shown
/// to everyone without the right to see it. Only <see cref="PhoneProtector.Reveal"/> gives the number back.
/// 存储的是密文，不是号码；<see cref="ToString"/> 只给脱敏形式，防止误写入日志。
/// </summary>
[DebuggerDisplay("{Masked,nq}")]
public sealed record ProtectedPhone(string KeyId, byte[] Nonce, byte[] Ciphertext, byte[] Tag, string LookupHash, string Masked)
{
    /// <summary>Only the masked form (173****5029), so an interpolated or logged value never shows the digits.</summary>
    public override string ToString() => Masked;
}
