package org.chuangcheng.organization.web;

import lombok.Getter;
import lombok.Setter;

/** The office names a unit's head (no account: none). */
@Getter
@Setter
class HeadForm {

    private Long headAccountId;

    private long version;
}
