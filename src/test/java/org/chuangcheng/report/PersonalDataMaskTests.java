package org.chuangcheng.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hand examples of what a citizen writes into a report, and what the public then reads. */
class PersonalDataMaskTests {

    final PersonalDataMask mask = new PersonalDataMask();

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(mask.mask("请联系我13812345678谢谢")).isEqualTo("请联系我138****5678谢谢");
        assertThat(mask.mask("电话 138 1234 5678，或 +86 139-8765-4321")).isEqualTo("电话 138 **** 5678，或 +86 139-****-4321");
        assertThat(mask.mask("手机:8613912345678")).isEqualTo("手机:86139****5678");
    }

    @Test
    void landlinesWithTheirAreaCodeAreMasked() {
        assertThat(mask.mask("物业电话027-12345678")).isEqualTo("物业电话027-****5678");
        assertThat(mask.mask("（0710）1234567 值班")).isEqualTo("（0710）***4567 值班");
    }

    @Test
    void idCardNumbersShowOnlyTheirFirstThreeAndLastFour() {
        assertThat(mask.mask("身份证号420102199003071234")).isEqualTo("身份证号420***********1234");
        assertThat(mask.mask("证件 11010519491231002X。")).isEqualTo("证件 110***********002X。");
    }

    @Test
    void licencePlatesKeepTheirProvinceCityAndLastTwo() {
        assertThat(mask.mask("鄂A12345长期占用消防通道")).isEqualTo("鄂A***45长期占用消防通道");
        assertThat(mask.mask("车牌 鄂F·D12345 乱停")).isEqualTo("车牌 鄂F·****45 乱停");
    }

    @Test
    void emailAddressesKeepTheirFirstLetterAndDomain() {
        assertThat(mask.mask("发到 zhang.san@example.com")).isEqualTo("发到 z***@example.com");
    }

    @Test
    void ordinaryNumbersDatesAndLongerRunsAreLeftAlone() {
        String text = "江汉路88号，2026年3月2日下午3点，约200平方米，工单R20260302-123456，订单号1381234567890";
        assertThat(mask.mask(text)).isEqualTo(text);
        assertThat(mask.mask("坐标 30.5928,114.3055")).isEqualTo("坐标 30.5928,114.3055");
        assertThat(mask.mask(null)).isNull();
        assertThat(mask.mask("")).isEmpty();
    }
}
