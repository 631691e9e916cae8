package org.chuangcheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "Demo@2026",          // all four classes
        "Abcdefg1",           // upper, lower, digit: exactly 8
        "abcdefg1!",          // lower, digit, symbol
        "ABCDEFG1!",          // upper, digit, symbol
        "Abcdefgh!",          // upper, lower, symbol
        "创城Abc12345",        // CJK counts as a symbol
    })
    void passwordsMixingThreeKindsOfCharacterWithEightOrMoreAreAccepted(String password) {
        assertThat(PasswordPolicy.isSatisfiedBy(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Abcde1!",            // 7 characters
        "abcdefgh1",          // two classes only
        "ABCDEFGH1",          // two classes only
        "abcdefgh!",          // two classes only
        "12345678!",          // two classes only
        "aaaaaaaaaaaa",       // one class
        "Abc 1234!",          // whitespace is refused
    })
    void shortOrMonotonousPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.isSatisfiedBy(password)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.isSatisfiedBy(password)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void passwordsLongerThanTheMaximumAreRefused() {
        String longest = "Aa1!" + "x".repeat(PasswordPolicy.MAX_LENGTH - 4);
        assertThat(PasswordPolicy.isSatisfiedBy(longest)).isTrue();
        assertThat(PasswordPolicy.isSatisfiedBy(longest + "y")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theBeanValidationConstraintLeavesEmptyValuesToNotBlank() {
        StrongPassword.Validator validator = new StrongPassword.Validator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("", null)).isTrue();
        assertThat(validator.isValid("weak", null)).isFalse();
        assertThat(validator.isValid("Demo@2026", null)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void passwordsOverBcryptsSeventyTwoBytesAreRefusedCountingUtf8Bytes() {
        String chinese = "Abc1" + "创".repeat(22);   // 26 characters, 70 bytes
        assertThat(PasswordPolicy.violation(chinese, null)).isEmpty();
        assertThat(PasswordPolicy.violation(chinese + "创", null)).contains("password.tooLong");
        assertThat(PasswordPolicy.violation("Aa1!" + "x".repeat(60), null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void passwordsContainingTheUsernameAreRefusedWhateverTheCase() {
        assertThat(PasswordPolicy.violation("Zhangwei@2026", "ZHANGWEI")).contains("password.containsUsername");
        assertThat(PasswordPolicy.violation("Zhangwei@2026", "li")).isEmpty();
        assertThat(PasswordPolicy.violation("Zhangwei@2026", null)).isEmpty();
    }
}
