package org.chuangcheng.activity;

/** What volunteers did: 清扫, 文明劝导, 宣传, 交通引导, 关爱帮扶, 其他. */
public enum ActivityKind {
    CLEANING, CIVILITY, PUBLICITY, TRAFFIC, CARE, OTHER;

    public String messageKey() {
        return "activity.kind." + name();
    }
}
