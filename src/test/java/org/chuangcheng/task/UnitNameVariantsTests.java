package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitType;
import org.junit.jupiter.api.Test;

class UnitNameVariantsTests {

    final Unit bureau = new Unit("江城市工业和信息化局", "市工信局", UnitType.BUREAU, null);
    final Unit company = new Unit("中国移动江城分公司", "江城移动", UnitType.ENTERPRISE, null);
    final Unit district = new Unit("江城市城关区人民政府", "城关区", UnitType.DISTRICT, null);

    @Test
    void theCityIsTheCommonPrefixOfFullNames() {
        assertThat(TaskBookImport.cityPrefix(List.of(bureau, company, district))).isEqualTo("江城市");
    }

    @Test
    void aBureauIsAlsoKnownWithOrWithoutTheCity() {
        assertThat(TaskBookImport.unitVariants(bureau, "江城市"))
                .contains("工业和信息化局", "市工业和信息化局", "江城市工信局", "工信局");
    }

    @Test
    void aCompanyIsAlsoKnownAsItsShortNameWithCompany() {
        assertThat(TaskBookImport.unitVariants(company, "江城市")).contains("江城移动公司", "移动公司", "移动");
    }

    @Test
    void aDistrictIsAlsoKnownWithoutItsGovernment() {
        assertThat(TaskBookImport.unitVariants(district, "江城市")).contains("江城市城关区", "城关区人民政府");
    }

    @Test
    void aNameFittingTwoRecordsIsAmbiguousButAnExactNameWins() {
        NameIndex<String> index = new NameIndex<>();
        index.addExact("市工信局", "a");
        index.addVariant("工信局", "a");
        index.addVariant("工信局", "b");
        index.addVariant("市工信局", "b");

        assertThat(index.find(" 市工信局 ")).contains("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.find("工信局"))
                .isInstanceOf(NameIndex.Ambiguous.class);
        assertThat(index.find("不存在")).isEmpty();
    }
}
