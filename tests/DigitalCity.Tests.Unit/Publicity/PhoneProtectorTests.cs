using System.Security.Cryptography;
using DigitalCity.Publicity.Contests.Entrants;

namespace DigitalCity.Tests.Unit.Publicity;

/// <summary>Contest entrants' phone numbers: encrypted at rest, found by keyed hash, shown masked.</summary>
public class PhoneProtectorTests
{
    const string Phone = "17312345029";

    static string Key(byte fill) => Convert.ToBase64String(Enumerable.Repeat(fill, PersonalDataOptions.KeyBytes).ToArray());

    static PersonalDataOptions Options(string? encryption = null, string? hmac = null, string keyId = "k1") =>
        new() { EncryptionKey = encryption ?? Key(1), HmacKey = hmac ?? Key(2), KeyId = keyId };

    static readonly PhoneProtector Protector = new(Options());

    [Fact]
    public void A_protected_number_is_revealed_as_its_normalised_digits()
    {
        var stored = Protector.Protect("173 1234 5029");

        Assert.Equal(Phone, Protector.Reveal(stored));
        Assert.Equal("k1", stored.KeyId);
        Assert.Equal("173****5029", stored.Masked);
    }

    [Fact]
    public void The_same_number_has_the_same_lookup_hash_but_a_fresh_nonce_and_ciphertext()
    {
        var first = Protector.Protect(Phone);
        var second = Protector.Protect("173 1234 5029");

        Assert.Equal(first.LookupHash, second.LookupHash);
        Assert.Equal(first.LookupHash, Protector.LookupHash(Phone));
        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
        Assert.NotEqual(Protector.LookupHash(Phone), Protector.LookupHash("17312345028"));
    }

    [Fact]
    public void Another_hmac_key_gives_another_lookup_hash()
    {
        var other = new PhoneProtector(Options(hmac: Key(3)));

        Assert.NotEqual(Protector.LookupHash(Phone), other.LookupHash(Phone));
    }

    [Fact]
    public void The_ciphertext_does_not_hold_the_digits_in_clear()
    {
        var stored = Protector.Protect(Phone);

        Assert.NotEqual(System.Text.Encoding.UTF8.GetBytes(Phone), stored.Ciphertext);
        Assert.DoesNotContain(Phone, stored.LookupHash, StringComparison.Ordinal);
    }

    [Fact]
    public void Altering_any_byte_of_nonce_ciphertext_or_tag_fails_to_reveal()
    {
        var stored = Protector.Protect(Phone);
        var altered = 0;
        foreach (var field in new[] { stored.Nonce, stored.Ciphertext, stored.Tag })
        {
            for (var i = 0; i < field.Length; i++)
            {
                field[i] ^= 0x01;
                Assert.ThrowsAny<CryptographicException>(() => Protector.Reveal(stored));
                field[i] ^= 0x01;
                altered++;
            }
        }

        Assert.Equal(12 + 11 + 16, altered);
        Assert.Equal(Phone, Protector.Reveal(stored));
    }

    [Fact]
    public void A_number_under_another_key_id_or_key_is_not_revealed()
    {
        var stored = Protector.Protect(Phone);

        Assert.ThrowsAny<CryptographicException>(() => Protector.Reveal(stored with { KeyId = "k2" }));
        Assert.ThrowsAny<CryptographicException>(() => new PhoneProtector(Options(encryption: Key(4))).Reveal(stored));
        Assert.ThrowsAny<CryptographicException>(() => new PhoneProtector(Options(keyId: "k2")).Reveal(stored));
    }

    [Theory]
    [InlineData("17312345029", "173****5029")]
    [InlineData("139 0000 0001", "139****0001")]
    public void A_number_is_masked_to_its_first_three_and_last_four_digits(string phone, string masked) =>
        Assert.Equal(masked, PhoneProtector.Mask(phone));

    [Theory]
    [InlineData("")]
    [InlineData("1731234502")]
    [InlineData("173123450299")]
    [InlineData("12312345029")]
    [InlineData("0391-3561234")]
    [InlineData("+8617312345029")]
    [InlineData("call me")]
    public void Anything_but_a_mainland_mobile_is_refused_without_repeating_it(string phone)
    {
        var error = Assert.Throws<ArgumentException>(() => Protector.Protect(phone));
        Assert.Throws<ArgumentException>(() => Protector.LookupHash(phone));
        Assert.Throws<ArgumentException>(() => PhoneProtector.Mask(phone));

        if (phone.Length > 0)
        {
            Assert.DoesNotContain(phone, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToString_shows_only_the_masked_form()
    {
        var stored = Protector.Protect(Phone);

        Assert.Equal("173****5029", stored.ToString());
        Assert.DoesNotContain(Phone, $"entrant {stored}", StringComparison.Ordinal);
        Assert.DoesNotContain("1234", stored.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "EncryptionKey")]
    [InlineData("", "EncryptionKey")]
    [InlineData("c2hvcnQ=", "EncryptionKey")]
    [InlineData("not base64 at all!", "EncryptionKey")]
    public void A_missing_short_or_malformed_encryption_key_is_refused_naming_the_setting(string? key, string setting)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PhoneProtector(
            new PersonalDataOptions { EncryptionKey = key, HmacKey = Key(2) }));

        Assert.Contains($"Publicity:PersonalData:{setting}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("c2hvcnQ=")]
    public void A_missing_or_short_hmac_key_is_refused_naming_the_setting(string? key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PhoneProtector(
            new PersonalDataOptions { EncryptionKey = Key(1), HmacKey = key }));

        Assert.Contains("Publicity:PersonalData:HmacKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_longer_than_32_bytes_is_refused()
    {
        var longKey = Convert.ToBase64String(new byte[33]);

        var error = Assert.Throws<InvalidOperationException>(() => new PhoneProtector(Options(encryption: longKey)));

        Assert.Contains("Publicity:PersonalData:EncryptionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_key_for_encryption_and_lookup_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PhoneProtector(Options(encryption: Key(7), hmac: Key(7))));

        Assert.Contains("Publicity:PersonalData:HmacKey", error.Message, StringComparison.Ordinal);
    }
}
