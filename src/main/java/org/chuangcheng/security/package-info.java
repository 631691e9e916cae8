/** Accounts, roles, sign-in, lockout and the password policy. */
package org.chuangcheng.security;
