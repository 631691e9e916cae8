/** Responsible units (责任单位) and work groups (工作组): who answers for what in the campaign. */
package org.chuangcheng.organization;
