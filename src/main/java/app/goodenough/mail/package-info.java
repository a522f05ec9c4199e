@NullMarked
package app.goodenough.mail;

import org.jspecify.annotations.NullMarked;
