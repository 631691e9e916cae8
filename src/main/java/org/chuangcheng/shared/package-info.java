/** Building blocks every feature uses: the base entity, the acting user, clock, business-rule exceptions. */
package org.chuangcheng.shared;
